package org.transferhub.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedStatus;
import org.transferhub.needs.Needs;
import reactor.core.publisher.Mono;

/**
 * The open needs, in memory: a published or changed listing is scored against every one of them, and
 * reading 10,000 needs from the embedded database took about a second per publish, most of the
 * incremental update's budget (docs/benchmarks.md, Matching).
 *
 * <p>Loaded on first use; this node's need changes update it at once ({@link #apply}, from the need
 * listener); changes made on other nodes are read by {@code updatedAt}, which every change sets, at
 * most every {@link #CATCH_UP_EVERY}, in the background of the call that finds the copy due. A copy
 * only ever moves to a higher version, whatever the order in which the listener and a catch-up bring it.
 */
final class OpenNeeds {

    private static final Logger log = LoggerFactory.getLogger(OpenNeeds.class);
    static final Duration CATCH_UP_EVERY = Duration.ofSeconds(2);
    /** Overlap of catch-up windows: other nodes' clocks and in-flight writes. */
    private static final Duration SKEW = Duration.ofMinutes(1);

    /** A need as last seen: open (need set) or not open any more (need null), at its version. */
    private record Seen(long version, Need need) {}

    private final Needs needs;
    private final Clock clock;
    private final Map<String, Seen> byId = new ConcurrentHashMap<>();
    private volatile Instant syncedUpTo;
    private volatile Instant checkedAt = Instant.EPOCH;
    private final AtomicBoolean catchingUp = new AtomicBoolean();

    OpenNeeds(Needs needs, Clock clock) {
        this.needs = needs;
        this.clock = clock;
    }

    /**
     * Every open need: loaded on first use (that call waits); later, other nodes' changes are looked
     * for in the background at most every couple of seconds, and the caller gets the copy as it is.
     * A publish used to wait for that look (one query on needs by updatedAt, 0.3–1.9 s in the matching
     * benchmark under load), which was most of its budget; the copy is now at most one look staler.
     */
    Mono<List<Need>> all() {
        if (syncedUpTo == null) {
            return catchUp().then(Mono.fromCallable(this::snapshot));
        }
        if (!clock.instant().isBefore(checkedAt.plus(CATCH_UP_EVERY)) && catchingUp.compareAndSet(false, true)) {
            catchUp().doFinally(signal -> catchingUp.set(false))
                    .subscribe(ok -> { }, e -> log.warn("Open needs catch-up failed; retried on a later call", e));
        }
        return Mono.fromCallable(this::snapshot);
    }

    private List<Need> snapshot() {
        return byId.values().stream().map(Seen::need).filter(java.util.Objects::nonNull).toList();
    }

    private Mono<Void> catchUp() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            checkedAt = now;
            var changes = syncedUpTo == null ? needs.findByStatus(NeedStatus.OPEN)
                    : needs.findByUpdatedAtGreaterThanEqual(syncedUpTo.minus(SKEW));
            return changes.doOnNext(this::apply).then(Mono.fromRunnable(() -> syncedUpTo = now));
        });
    }

    /** A need as it now is: kept while open, dropped otherwise; an older version than the one held is ignored. */
    void apply(Need need) {
        long version = need.version() == null ? 0 : need.version();
        Seen seen = new Seen(version, need.status() == NeedStatus.OPEN ? need : null);
        byId.merge(need.id(), seen, (held, fresh) -> fresh.version() >= held.version() ? fresh : held);
    }
}
