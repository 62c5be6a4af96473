package org.transferhub.goals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.transferhub.goals.Dashboard.Count;
import org.transferhub.goals.Dashboard.Goal;
import org.transferhub.goals.Dashboard.MonthPoint;
import org.transferhub.transfer.TransferFact;
import org.transferhub.transfer.TransferStatus;

/**
 * Computes the dashboard from all transfers, each time (no counters to drift). Definitions:
 * <ul>
 * <li><b>Technologies shared</b>: distinct listings with at least one COMPLETED transfer whose
 *     completion (staff close) falls inside the window. A listing counts once, on its first such completion.
 * <li><b>Professionals trained</b>: the sum of {@code professionalsTrained} recorded at the
 *     TRAINING_DELIVERED milestone of those same COMPLETED transfers, counted on the completion date.
 *     Only completed transfers count, so both figures describe the same verified set: training in a
 *     transfer later withdrawn or cancelled was never confirmed by the requester and by staff.
 * <li>Breakdowns count the same completed transfers (a transfer with two disease areas counts in both).
 * <li>The funnel counts applications created inside the window by the furthest stage they reached.
 * </ul>
 */
final class GoalFigures {

    private GoalFigures() {}

    static Dashboard compute(List<TransferFact> facts, GoalProperties goals, Instant now) {
        Instant start = goals.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = goals.end().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<TransferFact> completed = facts.stream()
                .filter(f -> f.status() == TransferStatus.COMPLETED && f.completedAt() != null)
                .filter(f -> !f.completedAt().isBefore(start) && f.completedAt().isBefore(end))
                .sorted(Comparator.comparing(TransferFact::completedAt))
                .toList();
        // Events on the time line: a listing's first completion adds a technology; every completion adds its trainees.
        Map<String, Instant> firstCompletion = new HashMap<>();
        completed.forEach(f -> firstCompletion.putIfAbsent(f.listingId(), f.completedAt()));
        List<Instant> technologyEvents = firstCompletion.values().stream().sorted().toList();
        List<Map.Entry<Instant, Integer>> professionalEvents = completed.stream()
                .map(f -> Map.entry(f.completedAt(), trained(f))).toList();

        Goal technologies = goal(technologyEvents.stream().map(t -> Map.entry(t, 1)).toList(),
                goals.technologiesTarget(), goals, now, end);
        Goal professionals = goal(professionalEvents, goals.professionalsTarget(), goals, now, end);

        return new Dashboard(now, goals.start(), goals.end(), technologies, professionals,
                monthly(technologyEvents, professionalEvents, goals, now, start, end),
                new Dashboard.Breakdowns(
                        count(completed, f -> List.of(nz(f.requesterCountry()))),
                        count(completed, f -> List.of(nz(f.providerCountry()))),
                        count(completed, f -> f.diseaseAreas().isEmpty() ? List.of("UNKNOWN") : f.diseaseAreas()),
                        count(completed, f -> List.of(nz(f.technologyType()))),
                        count(completed, f -> List.of(nz(f.transferMode()))),
                        count(facts.stream().filter(f -> f.declineReason() != null).toList(),
                                f -> List.of(f.declineReason()))),
                Funnels.of(facts, start, end),
                Funnels.overdue(facts));
    }

    private static int trained(TransferFact f) {
        return f.professionalsTrained() == null ? 0 : f.professionalsTrained();
    }

    private static String nz(String key) {
        return key == null ? "UNKNOWN" : key;
    }

    private static Goal goal(List<Map.Entry<Instant, Integer>> events, long target, GoalProperties goals,
            Instant now, Instant end) {
        long value = sumUntil(events, now);
        Instant since = now.minus(Duration.ofDays(goals.projectionDays()));
        long recent = value - sumUntil(events, since);
        double rate = (double) recent / goals.projectionDays();
        LocalDate projected = null;
        if (value >= target && target > 0) {
            projected = reachedOn(events, target);
        } else if (recent > 0) {
            // integer arithmetic: the remaining amount at the recent rate, rounded up to whole days
            long days = Math.ceilDiv((target - value) * goals.projectionDays(), recent);
            projected = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(days);
        }
        LocalDate lastDay = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(1);
        boolean onTrack = projected != null && !projected.isAfter(lastDay);
        return new Goal(value, target, round1(target == 0 ? 0 : 100.0 * value / target), round3(rate), projected, onTrack);
    }

    private static long sumUntil(List<Map.Entry<Instant, Integer>> events, Instant until) {
        return events.stream().filter(e -> !e.getKey().isAfter(until)).mapToLong(Map.Entry::getValue).sum();
    }

    private static LocalDate reachedOn(List<Map.Entry<Instant, Integer>> events, long target) {
        long sum = 0;
        for (var e : events.stream().sorted(Map.Entry.comparingByKey()).toList()) {
            sum += e.getValue();
            if (sum >= target) {
                return LocalDate.ofInstant(e.getKey(), ZoneOffset.UTC);
            }
        }
        return null;
    }

    /** One point per month from the window's first month to the current one (or the last, if over). */
    private static List<MonthPoint> monthly(List<Instant> technologyEvents, List<Map.Entry<Instant, Integer>> professionalEvents,
            GoalProperties goals, Instant now, Instant start, Instant end) {
        List<MonthPoint> points = new ArrayList<>();
        YearMonth first = YearMonth.from(goals.start());
        YearMonth last = YearMonth.from(LocalDate.ofInstant(now.isBefore(end) ? now : end.minusSeconds(1), ZoneOffset.UTC));
        double totalDays = Duration.between(start, end).toDays();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Instant monthEnd = m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant cut = monthEnd.isAfter(end) ? end : monthEnd;
            double share = Math.max(0, Duration.between(start, cut).toDays()) / totalDays;
            Instant until = cut.minusNanos(1);
            points.add(new MonthPoint(m.toString(),
                    technologyEvents.stream().filter(t -> !t.isAfter(until)).count(),
                    round1(goals.technologiesTarget() * share),
                    sumUntil(professionalEvents, until),
                    round1(goals.professionalsTarget() * share)));
        }
        return points;
    }

    /** Completed transfers and their trainees per key, largest first then by key. */
    static List<Count> count(List<TransferFact> facts, Function<TransferFact, List<String>> keys) {
        Map<String, long[]> counts = new TreeMap<>();
        for (TransferFact f : facts) {
            for (String key : keys.apply(f).stream().filter(Objects::nonNull).distinct().toList()) {
                long[] c = counts.computeIfAbsent(key, k -> new long[2]);
                c[0]++;
                c[1] += trained(f);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(Count::transfers).reversed().thenComparing(Count::key))
                .toList();
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
