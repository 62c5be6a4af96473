package org.transferhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.transferhub.shared.web.Problems;
import reactor.core.publisher.Mono;

/** An overloaded node says "busy, retry" instead of failing with a server error. */
class SearchThreadsTests {

    @Test
    void aSearchBeyondTheFullQueueIsRejectedAsServiceUnavailableWithRetryAfter() throws Exception {
        try (SearchThreads threads = new SearchThreads(1, 1)) {
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Mono.fromRunnable(() -> {
                running.countDown();
                awaitQuietly(release);
            }).subscribeOn(threads.scheduler()).subscribe();
            running.await();
            Mono.just("queued").subscribeOn(threads.scheduler()).subscribe();

            Throwable rejected = Mono.just("one too many").subscribeOn(threads.scheduler())
                    .then(Mono.<Throwable>empty())
                    .onErrorResume(Mono::just)
                    .block();
            release.countDown();

            assertThat(rejected).isInstanceOf(RejectedExecutionException.class);
            Problems.Problem problem = Problems.from(rejected);
            assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(problem.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
