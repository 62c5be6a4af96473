package org.transferhub.catalog;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Catalog test additions: a listener that records what the catalog reported as changed. */
@TestConfiguration(proxyBeanMethods = false)
class CatalogTestConfiguration {

    @Bean
    RecordingListener recordingListener() {
        return new RecordingListener();
    }
}
