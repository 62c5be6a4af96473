package org.transferhub.institution;

import java.time.Instant;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.transferhub.shared.web.Conflict;
import org.transferhub.shared.web.NotFound;
import reactor.core.publisher.Mono;

/**
 * Staff decisions on institutions. Two staff members deciding at once race: each decision is one
 * update guarded by {@code status = PENDING}, so exactly one wins and the other gets 409.
 */
@Service
public class InstitutionDecisions {

    private final ReactiveMongoTemplate mongo;

    InstitutionDecisions(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Institution> verify(String id, String reviewer) {
        return decide(id, current -> current.verify(reviewer, Instant.now()));
    }

    public Mono<Institution> reject(String id, String reviewer, String reason) {
        return decide(id, current -> current.reject(reviewer, reason, Instant.now()));
    }

    private Mono<Institution> decide(String id, java.util.function.Function<Institution, Institution> decision) {
        return mongo.findById(id, Institution.class)
                .switchIfEmpty(Mono.error(() -> new InstitutionNotFound(id)))
                .flatMap(current -> {
                    Institution decided = decision.apply(current); // throws when no longer PENDING
                    Query pending = Query.query(Criteria.where("_id").is(id).and("status").is(VerificationStatus.PENDING));
                    Update update = new Update()
                            .set("status", decided.status())
                            .set("rejectionReason", decided.rejectionReason())
                            .set("reviewedBy", decided.reviewedBy())
                            .set("reviewedAt", decided.reviewedAt())
                            .inc("version", 1);
                    return mongo.findAndModify(pending, update, FindAndModifyOptions.options().returnNew(true),
                                    Institution.class)
                            .switchIfEmpty(Mono.error(() -> new InstitutionAlreadyDecided(id, null)));
                });
    }

    /** No institution with this id. */
    public static class InstitutionNotFound extends NotFound {
        public InstitutionNotFound(String id) {
            super("Institution", id);
        }
    }

    /** Staff already verified or rejected it; a decision is made once. */
    public static class InstitutionAlreadyDecided extends Conflict {
        public InstitutionAlreadyDecided(String id, VerificationStatus status) {
            super("Institution " + id + " has already been decided" + (status == null ? "" : " (" + status + ")"));
        }
    }
}
