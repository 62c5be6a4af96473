package org.transferhub.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A transfer application and, once approved, the transfer it becomes. Its status only changes
 * through {@link TransferAction}s applied by {@link Transfers#transition}, one guarded atomic update
 * each, which also appends the audit {@link HistoryEntry} in the same write.
 *
 * @param openKey {@code listingId/requesterInstitutionId} while the application is open, absent
 *     once final; a unique sparse index on it allows one open application per institution and listing
 * @param snapshot listing facts copied at application time, so figures do not move when a listing is edited
 * @param followUps follow-up reports keyed {@code m6} and {@code m12}, created at completion
 */
@Document("transfers")
public record Transfer(
        @Id String id,
        String listingId,
        ListingSnapshot snapshot,
        @Indexed String requesterInstitutionId,
        String requesterCountry,
        @Indexed String providerInstitutionId,
        String needId,
        Application application,
        TransferStatus status,
        @Indexed(unique = true, sparse = true) String openKey,
        ActorKind infoRequestedFrom,
        Milestones.Acceptance acceptance,
        Milestones.Decline decline,
        String closingReason,
        Milestones.Agreement agreement,
        Milestones.Training training,
        Milestones.Deployment deployment,
        Map<String, FollowUp> followUps,
        List<HistoryEntry> history,
        String createdBy,
        Instant createdAt,
        Instant statusChangedAt,
        Instant acceptedAt,
        Instant approvedAt,
        Instant completedAt,
        @Indexed Instant deadlineAt,
        Instant remindedAt,
        @Version Long version) {

    static String openKey(String listingId, String requesterInstitutionId) {
        return listingId + "/" + requesterInstitutionId;
    }

    /** Open and past its deadline. */
    boolean isOverdue(Instant now) {
        return status.isOpen() && deadlineAt != null && deadlineAt.isBefore(now);
    }

    /** What the requester told us when applying. Readiness is scored on the server. */
    public record Application(String intendedUse, List<Readiness.Answer> readiness, int readinessScore,
            List<String> gaps, int patientsPerYear, int professionalsToTrain, String preferredMode,
            String timeline) {}

    /** The listing as it was when the application was made. */
    public record ListingSnapshot(String reference, String title, String providerName, String providerCountry,
            List<String> diseaseAreas, String technologyType) {}
}
