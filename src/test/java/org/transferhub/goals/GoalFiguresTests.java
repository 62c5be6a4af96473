package org.transferhub.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.transferhub.transfer.TransferFact;
import org.transferhub.transfer.TransferStatus;

/** Edge cases of the goal arithmetic that the full-stack dashboard test does not reach. */
class GoalFiguresTests {

    static final GoalProperties GOALS = new GoalProperties(2, 10, LocalDate.parse("2026-02-27"),
            LocalDate.parse("2029-02-27"), 90);

    static TransferFact completed(String listingId, String day, int trained) {
        Instant at = Instant.parse(day + "T10:00:00Z");
        return new TransferFact("T-" + listingId + day, null, listingId, "title", TransferStatus.COMPLETED, "R", "UZ",
                "P", "CN", List.of(), "DEVICE", "REMOTE", 100, trained, trained, null, at, at, at, at, null, false,
                List.of());
    }

    @Test
    void givesTheDayATargetWasReachedOnceItIs() {
        var d = GoalFigures.compute(List.of(completed("A", "2026-03-10", 6), completed("B", "2026-04-01", 6)),
                GOALS, Instant.parse("2026-05-01T00:00:00Z"));

        assertThat(d.technologies().value()).isEqualTo(2);
        assertThat(d.technologies().projectedDate()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(d.technologies().onTrack()).isTrue();
        assertThat(d.professionals().value()).isEqualTo(12);
        assertThat(d.professionals().percent()).isEqualTo(120.0);
        assertThat(d.professionals().projectedDate()).isEqualTo(LocalDate.parse("2026-04-01"));
    }

    @Test
    void projectsNothingWithoutRecentProgressAndIgnoresCompletionsOutsideTheWindow() {
        var d = GoalFigures.compute(List.of(completed("A", "2026-03-10", 3), completed("B", "2029-03-01", 5)),
                GOALS, Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(d.technologies().value()).isEqualTo(1);
        assertThat(d.technologies().ratePerDay()).isZero();
        assertThat(d.technologies().projectedDate()).isNull();
        assertThat(d.technologies().onTrack()).isFalse();
        assertThat(d.funnel().applications()).isEqualTo(1);
        assertThat(d.funnel().medianDaysToAccept()).isEqualTo(0.0);
    }

    @Test
    void evenCountMedianIsTheMeanOfTheMiddleTwo() {
        TransferFact a = completed("A", "2026-03-10", 1);
        TransferFact b = new TransferFact("T2", null, "B", "t", TransferStatus.COMPLETED, "R", "UZ", "P", "CN", List.of(),
                "DEVICE", "REMOTE", 100, 1, 1, null, Instant.parse("2026-03-01T10:00:00Z"),
                Instant.parse("2026-03-04T10:00:00Z"), Instant.parse("2026-03-05T10:00:00Z"),
                Instant.parse("2026-03-06T10:00:00Z"), null, false, List.of());

        assertThat(Funnels.median(List.of(a, b), TransferFact::createdAt, TransferFact::acceptedAt)).isEqualTo(1.5);
    }
}
