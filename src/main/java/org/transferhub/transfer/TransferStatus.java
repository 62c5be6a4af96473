package org.transferhub.transfer;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a transfer application stands. {@link TransferAction} is the one table of allowed moves
 * between these values; nothing else changes a status.
 */
public enum TransferStatus {
    /** The requester applied; the provider has to answer (accept, decline or ask for information). */
    SUBMITTED,
    /** The provider asked the requester for information; the requester's answer returns it to SUBMITTED. */
    INFO_REQUESTED,
    /** The provider accepted with terms and a training plan; Center staff have to approve or reject. */
    ACCEPTED,
    /** Staff asked the requester or the provider ({@code infoRequestedFrom}) for information; the answer returns it to ACCEPTED. */
    STAFF_INFO_REQUESTED,
    /** Staff approved: the transfer may go ahead. Next milestone: the agreement. */
    APPROVED,
    /** Milestone: MoU or contract signed (value and currency optional). */
    AGREEMENT_SIGNED,
    /** Milestone: training delivered (number of professionals, professions, certificates). */
    TRAINING_DELIVERED,
    /** Milestone: the technology is deployed and live at the receiving site. */
    DEPLOYED,
    /** The requester confirmed completion; staff close it. */
    COMPLETION_CONFIRMED,
    /** Closed by staff: the technology counts as shared. Follow-up reports are due at 6 and 12 months. Final. */
    COMPLETED,
    /** The provider declined, with a structured reason code and text. Final. */
    DECLINED,
    /** Staff rejected, with a reason. Final. */
    REJECTED,
    /** The requester or the provider withdrew before completion, with a reason. Final. */
    WITHDRAWN,
    /** Staff cancelled, with a reason. Final. */
    CANCELLED;

    private static final Set<TransferStatus> FINAL = EnumSet.of(COMPLETED, DECLINED, REJECTED, WITHDRAWN, CANCELLED);

    /** Not final: counts against "one open application per institution and listing" and has a deadline. */
    public boolean isOpen() {
        return !FINAL.contains(this);
    }

    static Set<TransferStatus> open() {
        return EnumSet.complementOf(EnumSet.copyOf(FINAL));
    }
}
