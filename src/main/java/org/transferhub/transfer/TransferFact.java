package org.transferhub.transfer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * One transfer as the goals dashboard and exports see it: flat, no free text beyond the title.
 *
 * @param professionalsTrained recorded at the TRAINING_DELIVERED milestone, null before it
 * @param overdueFollowUps months of follow-up reports that are due and not filed
 */
public record TransferFact(String id, String reference, String listingId, String listingTitle, TransferStatus status,
        String requesterInstitutionId, String requesterCountry, String providerInstitutionId, String providerCountry,
        List<String> diseaseAreas, String technologyType, String transferMode, Integer readinessScore,
        Integer professionalsToTrain, Integer professionalsTrained, String declineReason, Instant createdAt,
        Instant acceptedAt, Instant approvedAt, Instant completedAt, Instant deadlineAt, boolean overdue,
        List<Integer> overdueFollowUps) {

    /** The same transfer seen at {@code now}: only the overdue flags depend on the time. */
    TransferFact at(Instant now, Collection<FollowUp> followUps) {
        boolean overdueNow = status.isOpen() && deadlineAt != null && deadlineAt.isBefore(now);
        List<Integer> overdueFollowUpsNow = overdueFollowUps(followUps, now);
        if (overdueNow == overdue && overdueFollowUpsNow.equals(overdueFollowUps)) {
            return this;   // the common case: nothing overdue, nothing to copy
        }
        return new TransferFact(id, reference, listingId, listingTitle, status, requesterInstitutionId, requesterCountry,
                providerInstitutionId, providerCountry, diseaseAreas, technologyType, transferMode, readinessScore,
                professionalsToTrain, professionalsTrained, declineReason, createdAt, acceptedAt, approvedAt,
                completedAt, deadlineAt, overdueNow, overdueFollowUpsNow);
    }

    private static List<Integer> overdueFollowUps(Collection<FollowUp> followUps, Instant now) {
        return followUps == null || followUps.isEmpty() ? List.of() : followUps.stream()
                .filter(f -> f.isOverdue(now)).map(FollowUp::months).sorted().toList();
    }

    static TransferFact of(Transfer t, Instant now) {
        var snapshot = t.snapshot();
        var application = t.application();
        List<Integer> overdueFollowUps = overdueFollowUps(t.followUps() == null ? null : t.followUps().values(), now);
        return new TransferFact(t.id(), snapshot == null ? null : snapshot.reference(), t.listingId(),
                snapshot == null ? null : snapshot.title(), t.status(), t.requesterInstitutionId(),
                t.requesterCountry(), t.providerInstitutionId(), snapshot == null ? null : snapshot.providerCountry(),
                snapshot == null || snapshot.diseaseAreas() == null ? List.of() : snapshot.diseaseAreas(),
                snapshot == null ? null : snapshot.technologyType(),
                application == null ? null : application.preferredMode(),
                application == null ? null : application.readinessScore(),
                application == null ? null : application.professionalsToTrain(),
                t.training() == null ? null : t.training().professionalsTrained(),
                t.decline() == null ? null : t.decline().code().name(), t.createdAt(), t.acceptedAt(),
                t.approvedAt(), t.completedAt(), t.deadlineAt(), t.isOverdue(now), overdueFollowUps);
    }
}
