package org.transferhub.transfer;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One message in an application's thread between requester, provider and staff. Files sent with it are listed in {@code attachments}. */
@Document("transfer_messages")
public record TransferMessage(@Id String id, @Indexed String transferId, String authorUserId, String authorName,
        ActorKind authorAs, String text, Instant at, List<FileRef> attachments) {

    /** A file sent with the message (a MESSAGE attachment of the same application). */
    public record FileRef(String fileId, String fileName, String contentType, long size) {}
}
