package org.transferhub.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything on the staff dashboard; {@link GoalFigures} explains how each number is computed. */
public record Dashboard(Instant computedAt, LocalDate windowStart, LocalDate windowEnd, Goal technologies,
        Goal professionals, List<MonthPoint> monthly, Breakdowns breakdowns, Funnel funnel, Overdue overdue) {

    /**
     * @param percent value / target × 100, one decimal
     * @param ratePerDay over the last {@code projectionDays} days
     * @param projectedDate when the target is reached at that rate (null: no progress in that period);
     *     the day it was reached when it already was
     */
    public record Goal(long value, long target, double percent, double ratePerDay, LocalDate projectedDate,
            boolean onTrack) {}

    /** Cumulative figures at the end of a month, against the straight pace line to each target. */
    public record MonthPoint(String month, long technologies, double technologiesPace, long professionals,
            double professionalsPace) {}

    public record Breakdowns(List<Count> receivingCountry, List<Count> providingCountry, List<Count> diseaseArea,
            List<Count> technologyType, List<Count> transferMode, List<Count> declineReason) {}

    /** {@code transfers}: completed transfers; {@code professionals}: trained in them. */
    public record Count(String key, long transfers, long professionals) {}

    /**
     * Applications made inside the window and how far they got; conversion in percent of the
     * previous stage; median days from entering a stage to entering the next.
     */
    public record Funnel(long applications, long accepted, long approved, long completed,
            Double acceptedPercent, Double approvedPercent, Double completedPercent,
            Double medianDaysToAccept, Double medianDaysToApprove, Double medianDaysToComplete) {}

    public record Overdue(long applications, long followUps, List<OverdueItem> items) {}

    /** {@code followUpMonths} is null for an overdue step, the report's months for an overdue follow-up. */
    public record OverdueItem(String transferId, String listingTitle, String status, Instant deadlineAt,
            Integer followUpMonths) {}
}
