package org.transferhub.transfer.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.transferhub.shared.web.Conflict;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} for creating requests: the first request with a key claims it (an insert
 * on a unique id, so two nodes cannot both run it), runs, and stores its status and body; a retry
 * with the same key by the same user gets that stored answer and creates nothing. A failed first
 * attempt releases the key so that the corrected request can be retried with it.
 */
@Component
class IdempotentRequests {

    private final ReactiveMongoTemplate mongo;
    private final JsonMapper json;

    IdempotentRequests(ReactiveMongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    Mono<ResponseEntity<String>> run(String userId, String key, String path, HttpStatus status,
            Supplier<Mono<?>> action) {
        if (key == null) {
            return action.get().map(body -> answer(status.value(), json.writeValueAsString(body)));
        }
        if (key.isBlank() || key.length() > 200) {
            return Mono.error(new InvalidRequest("Idempotency-Key", "must be 1 to 200 characters"));
        }
        String id = userId + "\n" + key;
        return mongo.insert(new Key(id, path, null, null, Instant.now()))
                .flatMap(claimed -> action.get()
                        .map(body -> json.writeValueAsString(body))
                        .flatMap(body -> mongo.updateFirst(query(where("_id").is(id)),
                                        new Update().set("status", status.value()).set("body", body), Key.class)
                                .thenReturn(answer(status.value(), body)))
                        .onErrorResume(error -> mongo.remove(query(where("_id").is(id)), Key.class)
                                .then(Mono.error(error))))
                .onErrorResume(DuplicateKeyException.class, duplicate -> replay(id, path));
    }

    private Mono<ResponseEntity<String>> replay(String id, String path) {
        return mongo.findById(id, Key.class)
                .switchIfEmpty(Mono.error(() -> new Conflict("A request with this Idempotency-Key just failed; retry it")))
                .flatMap(first -> {
                    if (!first.path().equals(path)) {
                        return Mono.error(new Conflict("This Idempotency-Key was used for another request"));
                    }
                    if (first.status() == null) {
                        return Mono.error(new Conflict("A request with this Idempotency-Key is still in progress"));
                    }
                    return Mono.just(answer(first.status(), first.body()));
                });
    }

    private static ResponseEntity<String> answer(int status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @Document("idempotency_keys")
    record Key(@Id String id, String path, Integer status, String body, Instant createdAt) {}
}
