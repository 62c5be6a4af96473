package org.transferhub.search.web;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import org.transferhub.search.index.IndexSynchronizer;

/** Actuator health: the index state (READY, REBUILDING, NEEDS_REBUILD) and its document count. */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth extends AbstractHealthIndicator {

    private final IndexSynchronizer synchronizer;

    SearchIndexHealth(IndexSynchronizer synchronizer) {
        this.synchronizer = synchronizer;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        IndexSynchronizer.RebuildStatus status = synchronizer.status();
        builder.up().withDetail("state", status.state()).withDetail("documents", status.documents())
                .withDetail("syncedUpTo", String.valueOf(status.syncedUpTo()));
    }
}
