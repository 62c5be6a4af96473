package org.transferhub.transfer;

import java.time.Instant;

/**
 * A follow-up report due some months after completion; filled in by the requester.
 *
 * @param keyOutcome for example "62% of patients at HbA1c target"
 */
public record FollowUp(int months, Instant dueAt, Integer patientsTreated, String keyOutcome,
        String adverseEvents, String submittedBy, Instant submittedAt) {

    static FollowUp due(int months, Instant dueAt) {
        return new FollowUp(months, dueAt, null, null, null, null, null);
    }

    public boolean isOverdue(Instant now) {
        return submittedAt == null && dueAt.isBefore(now);
    }
}
