package org.transferhub.goals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.transferhub.goals.Dashboard.Funnel;
import org.transferhub.goals.Dashboard.OverdueItem;
import org.transferhub.transfer.TransferFact;
import org.transferhub.transfer.TransferStatus;

/** The funnel with its conversion and stage durations, and the overdue list. */
final class Funnels {

    private Funnels() {}

    static Funnel of(List<TransferFact> facts, Instant start, Instant end) {
        List<TransferFact> applied = facts.stream()
                .filter(f -> f.createdAt() != null && !f.createdAt().isBefore(start) && f.createdAt().isBefore(end))
                .toList();
        long applications = applied.size();
        long accepted = applied.stream().filter(f -> f.acceptedAt() != null).count();
        long approved = applied.stream().filter(f -> f.approvedAt() != null).count();
        long completed = applied.stream().filter(f -> f.status() == TransferStatus.COMPLETED).count();
        return new Funnel(applications, accepted, approved, completed,
                percent(accepted, applications), percent(approved, accepted), percent(completed, approved),
                median(applied, TransferFact::createdAt, TransferFact::acceptedAt),
                median(applied, TransferFact::acceptedAt, TransferFact::approvedAt),
                median(applied.stream().filter(f -> f.status() == TransferStatus.COMPLETED).toList(),
                        TransferFact::approvedAt, TransferFact::completedAt));
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : GoalFigures.round1(100.0 * part / whole);
    }

    /** Median of the days between two stage dates, over the transfers that have both; one decimal. */
    static Double median(List<TransferFact> facts, Function<TransferFact, Instant> from, Function<TransferFact, Instant> to) {
        List<Double> days = facts.stream()
                .filter(f -> from.apply(f) != null && to.apply(f) != null)
                .map(f -> Duration.between(from.apply(f), to.apply(f)).toMinutes() / 1440.0)
                .sorted()
                .toList();
        if (days.isEmpty()) {
            return null;
        }
        int n = days.size();
        double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2;
        return GoalFigures.round1(median);
    }

    static Dashboard.Overdue overdue(List<TransferFact> facts) {
        List<OverdueItem> items = new ArrayList<>();
        long steps = 0;
        long followUps = 0;
        for (TransferFact f : facts) {
            if (f.overdue()) {
                steps++;
                items.add(new OverdueItem(f.id(), f.listingTitle(), f.status().name(), f.deadlineAt(), null));
            }
            for (int months : f.overdueFollowUps()) {
                followUps++;
                items.add(new OverdueItem(f.id(), f.listingTitle(), f.status().name(), null, months));
            }
        }
        items.sort(Comparator.comparing(OverdueItem::deadlineAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OverdueItem::transferId));
        return new Dashboard.Overdue(steps, followUps, items);
    }
}
