package org.transferhub.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.ServerAddress;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoExceptionTranslator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** How failures become problem answers where no feature raised an API exception of its own. */
class ProblemsTests {

    @Test
    void aDatabaseThatDoesNotAnswerIsServiceUnavailableWithRetryAfterNotAServerError() {
        RuntimeException translated = new MongoExceptionTranslator().translateExceptionIfPossible(
                new MongoSocketReadTimeoutException("Timeout while receiving message", new ServerAddress(),
                        new IOException("read timed out")));
        assertThat(translated).isInstanceOf(DataAccessResourceFailureException.class);

        Problems.Problem problem = Problems.from(translated);

        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(problem.body()).containsEntry("status", 503)
                .doesNotContainValue("read timed out");
    }
}
