package org.transferhub.search.index;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Search index settings.
 *
 * @param commitInterval how often changes are made durable (searchability is separate: about 1 s)
 * @param pollInterval how often every node asks MongoDB for listings changed since its last sync
 *     (the fallback and safety net of the change stream)
 * @param pollIntervalWithChangeStream how often to poll while the change stream works (it is then only
 *     the safety net; a poll reads every listing on the embedded database)
 * @param changeStream whether to follow the listings collection's change stream for fast updates
 *     from other nodes: AUTO follows it unless the database is the in-process embedded one (then this
 *     node is the only writer, every change reaches the index through the catalog's listener, and
 *     mongo-java-server answers each change-stream poll at once, a busy loop that kept a core at 100 %
 *     on an idle node); ON and OFF force it (a standalone mongod has none)
 * @param listingsCollection the catalog's MongoDB collection whose changes the index follows
 * @param clockSkew how far back catch-up reaches before the last synced time, to cover writers
 *     whose clocks run behind and writes committed out of order
 * @param threads how many searches run at once on this node (0: three per core); the rest wait in
 *     arrival order (see {@code SearchThreads})
 */
@ConfigurationProperties("transferhub.search")
public record SearchProperties(
        @DefaultValue("10s") Duration commitInterval,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("10m") Duration pollIntervalWithChangeStream,
        @DefaultValue("auto") ChangeStream changeStream,
        @DefaultValue("listings") String listingsCollection,
        @DefaultValue("2m") Duration clockSkew,
        @DefaultValue("0") int threads) {

    public enum ChangeStream { AUTO, ON, OFF }
}
