package org.transferhub.needs;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives needs saved before the board read analysed words (or while no analysis was available) their
 * words and concepts, once, shortly after start-up: every need saved since is analysed when it is
 * saved, so there is nothing to look for later. Every node runs it; each need is updated only if its
 * version is still the one read, so a concurrent edit (which analyses its own text) always wins and
 * nodes never undo each other.
 */
@Component
class NeedWordsBackfill {

    private static final Logger log = LoggerFactory.getLogger(NeedWordsBackfill.class);
    private static final int BATCH = 500;

    private final ReactiveMongoTemplate mongo;
    private final NeedService service;

    NeedWordsBackfill(ReactiveMongoTemplate mongo, NeedService service) {
        this.mongo = mongo;
        this.service = service;
    }

    @Scheduled(initialDelayString = "PT20S") // once
    void scheduled() {
        Long filled = run().block(Duration.ofMinutes(30));
        if (filled != null && filled > 0) {
            log.info("Analysed the words of {} need(s) for the board", filled);
        }
    }

    /**
     * Fills every need without words, {@value #BATCH} at a time, until a batch fills none (none left,
     * or only ones a concurrent edit is analysing); how many were filled.
     */
    Mono<Long> run() {
        return batch().expand(filled -> filled > 0 ? batch() : Mono.empty()).reduce(0L, Long::sum);
    }

    private Mono<Long> batch() {
        return mongo.find(Query.query(where("words").is(null)).limit(BATCH), Need.class)
                .concatMap(service::analysed)
                .filter(need -> need.words() != null)
                .concatMap(need -> mongo.updateFirst(
                        Query.query(where("_id").is(need.id()).and("version").is(need.version())),
                        new Update().set("words", need.words()).set("concepts", need.concepts()), Need.class))
                .map(result -> result.getModifiedCount())
                .reduce(0L, Long::sum);
    }
}
