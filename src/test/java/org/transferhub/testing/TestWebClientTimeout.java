package org.transferhub.testing;

import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Tests assert behaviour, not speed: on a loaded two-core machine some first requests (the OpenAPI
 * description, the first Lucene query) take longer than WebTestClient's default 5 s.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestWebClientTimeout {

    @Bean
    WebTestClientBuilderCustomizer generousResponseTimeout() {
        return builder -> builder.responseTimeout(Duration.ofSeconds(60));
    }
}
