package org.transferhub.transfer;

import java.time.Instant;

/** One line of the audit trail: who did what, when, from which status to which, and why. */
public record HistoryEntry(Instant at, String userId, String userName, ActorKind as, TransferAction action,
        TransferStatus from, TransferStatus to, String comment) {}
