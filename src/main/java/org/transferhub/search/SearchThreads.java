package org.transferhub.search;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The threads that answer searches: three per core by default, the rest queued in arrival order.
 * A search is CPU work on a memory-mapped index. On the shared elastic pool (ten threads per core)
 * fifty concurrent searches time-shared two cores, and the JIT's compiler threads with them. One
 * thread per core warmed up fastest (~840 req/s after 90 s of load, twice the shared pool) but let
 * quick searches queue behind slow ones (p99 85-93 ms at 500 req/s); three per core kept p99 at
 * 54-60 ms (docs/benchmarks.md).
 */
public final class SearchThreads implements AutoCloseable {

    private static final int QUEUED = 10_000;

    private final Scheduler scheduler;

    /** {@code queued} waiting searches per thread at most; beyond that a search is rejected (503). */
    SearchThreads(int threads, int queued) {
        this.scheduler = Schedulers.newBoundedElastic(threads, queued, "search", 60, true);
    }

    /** {@code threads} at once, or three per core when 0. */
    public static SearchThreads of(int threads) {
        return new SearchThreads(threads > 0 ? threads : 3 * Runtime.getRuntime().availableProcessors(), QUEUED);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        scheduler.dispose();
    }
}
