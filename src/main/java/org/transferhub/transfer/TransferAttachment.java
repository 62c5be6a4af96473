package org.transferhub.transfer;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A file attached to an application: part of the application, evidence of a milestone, a follow-up
 * report's annex, or a message's file. Kept in its own collection so that adding evidence never
 * races with the guarded state transitions of the application document.
 *
 * @param id the GridFS file id
 */
@Document("transfer_attachments")
public record TransferAttachment(@Id String id, @Indexed String transferId, Kind kind, String fileName,
        String contentType, long size, Instant uploadedAt, String uploadedBy, String uploadedByName) {

    /** What the file documents; the application page shows each with its part. */
    public enum Kind { APPLICATION, AGREEMENT, TRAINING, DEPLOYMENT, FOLLOW_UP, MESSAGE }
}
