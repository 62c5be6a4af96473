package org.transferhub.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What is recorded at each decision and milestone; each knows who confirmed it and when. */
public final class Milestones {

    private Milestones() {}

    /** The provider's acceptance. */
    public record Acceptance(String terms, String trainingPlan, String by, Instant at) {}

    /** Why the provider declined: a code staff can report on, plus free text. */
    public record Decline(DeclineReason code, String text, String by, Instant at) {}

    /** MoU or contract; value and currency only when money is involved. */
    public record Agreement(AgreementKind kind, LocalDate signedOn, BigDecimal value, String currency,
            String by, Instant at) {}

    /** Training delivered: the professionals-trained goal sums {@code professionalsTrained}. */
    public record Training(int professionalsTrained, List<String> professions, int certificatesIssued,
            LocalDate deliveredOn, String by, Instant at) {}

    /** Go-live at the receiving site. */
    public record Deployment(LocalDate goLiveOn, String note, String by, Instant at) {}

    public enum AgreementKind { MOU, CONTRACT }

    /** Structured reasons a provider declines; reported to staff. */
    public enum DeclineReason { CAPACITY, SITE_NOT_READY, REGULATORY, OUT_OF_SCOPE, COMMERCIAL, OTHER }
}
