package org.transferhub.transfer.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferhub.transfer.ActorKind;
import org.transferhub.transfer.FollowUp;
import org.transferhub.transfer.HistoryEntry;
import org.transferhub.transfer.Milestones;
import org.transferhub.transfer.Transfer;
import org.transferhub.transfer.TransferAction;
import org.transferhub.transfer.TransferService;
import org.transferhub.transfer.TransferStatus;

/**
 * An application as the caller sees it: everything recorded, the audit trail, what the caller is
 * to it ({@code as}) and may do now ({@code actions}), and whether it or a follow-up is overdue.
 */
record TransferView(String id, String listingId, Transfer.ListingSnapshot listing, String requesterInstitutionId,
        String requesterCountry, String providerInstitutionId, String needId, Transfer.Application application,
        TransferStatus status, ActorKind infoRequestedFrom, Milestones.Acceptance acceptance,
        Milestones.Decline decline, String closingReason, Milestones.Agreement agreement,
        Milestones.Training training, Milestones.Deployment deployment, Map<String, FollowUp> followUps,
        Instant createdAt, Instant statusChangedAt, Instant deadlineAt, boolean overdue, boolean followUpOverdue,
        Set<ActorKind> as, List<TransferAction> actions, Long unreadMessages, List<HistoryEntry> history, long version) {

    static TransferView of(TransferService.Visible v, Instant now, Long unreadMessages, boolean withHistory) {
        Transfer t = v.transfer();
        Map<String, FollowUp> followUps = t.followUps() == null ? Map.of() : t.followUps();
        return new TransferView(t.id(), t.listingId(), t.snapshot(), t.requesterInstitutionId(), t.requesterCountry(),
                t.providerInstitutionId(), t.needId(), t.application(), t.status(), t.infoRequestedFrom(),
                t.acceptance(), t.decline(), closingReason(t), t.agreement(), t.training(), t.deployment(), followUps,
                t.createdAt(), t.statusChangedAt(), t.deadlineAt(),
                t.status().isOpen() && t.deadlineAt() != null && t.deadlineAt().isBefore(now),
                followUps.values().stream().anyMatch(f -> f.isOverdue(now)),
                v.kinds(), v.allowedActions(), unreadMessages, withHistory ? t.history() : null,
                t.version() == null ? 0 : t.version());
    }

    /** Why a final application ended: the comment of the step that ended it. */
    private static String closingReason(Transfer t) {
        if (t.status().isOpen() || t.history() == null || t.history().isEmpty()) {
            return null;
        }
        return t.history().getLast().comment();
    }
}
