package org.transferhub.database;

import de.bwaldvogel.mongo.bson.Document;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's slow-command log. mongo-java-server uses no index but {@code _id} and
 * unique ones, so a query by any other field reads and deserialises the whole collection; this log
 * names the command, collection and filter shape (field names only, never values, which may be
 * personal data) of every command slower than the threshold, so such scans are found under load.
 */
final class SlowCommands {

    private static final Logger log = LoggerFactory.getLogger(SlowCommands.class);
    private static final long THRESHOLD_NANOS = Duration.ofMillis(
            Long.getLong("transferhub.embedded.slow-command-ms", 200)).toNanos();

    private SlowCommands() {
    }

    static void report(String command, Document query, long nanos) {
        if (nanos < THRESHOLD_NANOS || !log.isWarnEnabled()) {
            return;
        }
        Object collection = query.get(command);
        Object filter = firstPresent(query, "filter", "query", "pipeline", "updates", "deletes");
        Object sort = query.get("sort");
        log.warn("slow embedded command {} on {}: {} ms, filter {}, sort {}", command, collection,
                nanos / 1_000_000, shape(filter), shape(sort));
    }

    private static Object firstPresent(Document query, String... keys) {
        for (String key : keys) {
            if (query.containsKey(key)) {
                return query.get(key);
            }
        }
        return null;
    }

    /** The filter with every value replaced by its type: what a reader needs to find the caller. */
    static Object shape(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> shaped = new LinkedHashMap<>();
            map.forEach((key, nested) -> shaped.put(String.valueOf(key), shape(nested)));
            return shaped;
        }
        if (value instanceof Collection<?> list) {
            // a bulk write's hundreds of statements share a shape: the first one and how many
            return list.size() <= 3 ? list.stream().map(SlowCommands::shape).toList()
                    : list.size() + " × " + shape(list.iterator().next());
        }
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
