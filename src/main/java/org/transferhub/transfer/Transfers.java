package org.transferhub.transfer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The transfers collection. Every status change goes through {@link #transition}. */
@Component
class Transfers {

    private final ReactiveMongoTemplate mongo;
    private final TransferMirror mirror;

    Transfers(ReactiveMongoTemplate mongo, TransferMirror mirror) {
        this.mongo = mongo;
        this.mirror = mirror;
    }

    /** Inserts a new application; a second open one for the same institution and listing hits the unique openKey. */
    Mono<Transfer> insert(Transfer transfer) {
        return mongo.insert(transfer)
                .onErrorMap(DuplicateKeyException.class, e -> new OpenApplicationExists())
                .doOnNext(mirror::put);
    }

    Mono<Transfer> find(String id) {
        return mongo.findById(id, Transfer.class);
    }

    /** One page of the transfers that match, in order: chosen in memory ({@link TransferMirror#page}), read by id. */
    Flux<Transfer> find(TransferMirror.Selection selection, Predicate<TransferFact> filter,
            Comparator<TransferFact> order, int page, int size) {
        return mirror.page(selection, filter, order, (long) page * size, size).flatMapMany(this::findInOrder);
    }

    /** One {@code _id $in} query for the page (one command instead of one per row), put back in the page's order. */
    private Flux<Transfer> findInOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Transfer.class)
                .collectMap(Transfer::id)
                .flatMapIterable(byId -> ids.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    Flux<Transfer> all() {
        return mongo.findAll(Transfer.class);
    }

    /**
     * Moves {@code current} to {@code to} in ONE atomic write that matches the id AND the status AND
     * the version it was read with, so that of many concurrent callers exactly one wins; the others
     * find nothing to update and get 409. The audit entry is pushed by the same write.
     */
    Mono<Transfer> transition(Transfer current, HistoryEntry entry, Instant deadline, Update changes) {
        Query guard = query(where("_id").is(current.id())
                .and("status").is(current.status())
                .and("version").is(current.version()));
        Update update = changes
                .set("status", entry.to())
                .set("statusChangedAt", entry.at())
                .push("history", entry)
                .unset("remindedAt")
                .inc("version", 1);
        if (deadline == null) {
            update.unset("deadlineAt");
        } else {
            update.set("deadlineAt", deadline);
        }
        if (!entry.to().isOpen()) {
            update.unset("openKey");
        }
        return mongo.findAndModify(guard, update, FindAndModifyOptions.options().returnNew(true), Transfer.class)
                .switchIfEmpty(Mono.error(() -> TransferStateConflict.changedMeanwhile(current.id())))
                .doOnNext(mirror::put);
    }

    /** A guarded partial update outside the state machine (follow-up reports); empty when the guard fails. */
    Mono<Transfer> updateIf(Criteria guard, Update update) {
        return mongo.findAndModify(query(guard), update.inc("version", 1),
                FindAndModifyOptions.options().returnNew(true), Transfer.class)
                .doOnNext(mirror::put);
    }

    /** Open applications past their deadline and not yet reminded for this deadline. */
    Flux<Transfer> overdueUnreminded(Instant now) {
        return mongo.find(query(where("deadlineAt").lt(now).and("remindedAt").is(null)), Transfer.class);
    }

    /**
     * Claims the reminder for one overdue application: only the node whose update matches sends it,
     * because the guard requires remindedAt to be still unset.
     */
    Mono<Transfer> claimReminder(Transfer transfer, Instant now) {
        Query guard = query(where("_id").is(transfer.id()).and("status").is(transfer.status())
                .and("deadlineAt").lt(now).and("remindedAt").is(null));
        return mongo.findAndModify(guard, new Update().set("remindedAt", now),
                FindAndModifyOptions.options().returnNew(true), Transfer.class);
    }
}
