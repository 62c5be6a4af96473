package org.transferhub.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Year;
import java.time.ZoneOffset;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Hands out public references {@code TH-<year>-<6 digits>} from one counter document per year,
 * incremented atomically ($inc in findAndModify), so several nodes never hand out the same number.
 */
@Component
class ReferenceGenerator {

    private final ReactiveMongoTemplate mongo;
    ReferenceGenerator(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<String> next() {
        int year = Year.now(ZoneOffset.UTC).getValue();
        return mongo.findAndModify(Query.query(where("_id").is("listing-reference-" + year)),
                        new Update().inc("value", 1L),
                        FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Counter.class)
                .map(counter -> "TH-%d-%06d".formatted(year, counter.value()));
    }

    @Document("counters")
    record Counter(@Id String id, long value) {}
}
