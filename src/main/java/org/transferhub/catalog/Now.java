package org.transferhub.catalog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at the precision MongoDB stores, so that what we compare is what we stored. */
final class Now {

    private Now() {}

    static Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
