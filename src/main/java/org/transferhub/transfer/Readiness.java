package org.transferhub.transfer;

import java.util.List;

/** The receiving site's self-assessment against a listing's requirements, scored on the server. */
public final class Readiness {

    private Readiness() {}

    public enum Level { HAVE, PARTIAL, MISSING }

    public record Answer(String requirement, Level answer) {}

    /** 0–100: HAVE counts fully, PARTIAL half, MISSING nothing; no requirements means fully ready. */
    static int score(List<Answer> answers) {
        if (answers.isEmpty()) {
            return 100;
        }
        double points = answers.stream()
                .mapToDouble(a -> switch (a.answer()) {
                    case HAVE -> 1.0;
                    case PARTIAL -> 0.5;
                    case MISSING -> 0.0;
                })
                .sum();
        return (int) Math.round(100 * points / answers.size());
    }

    /** The requirements not fully met, in the listing's order. */
    static List<String> gaps(List<Answer> answers) {
        return answers.stream().filter(a -> a.answer() != Level.HAVE).map(Answer::requirement).toList();
    }
}
