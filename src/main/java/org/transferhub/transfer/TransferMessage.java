package org.transferhub.transfer;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One message in an application's thread between requester, provider and staff. Attachments: not yet. */
@Document("transfer_messages")
public record TransferMessage(@Id String id, @Indexed String transferId, String authorUserId, String authorName,
        ActorKind authorAs, String text, Instant at) {}
