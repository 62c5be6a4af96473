package org.transferhub.transfer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.bson.Document;
import org.transferhub.database.ChangedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ChangeStreamOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.transferhub.database.EmbeddedMongo;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Every transfer as a flat {@link TransferFact}, in memory, so that the dashboard, the exports and
 * the application lists do not read the whole collection on each request: the embedded database answers any query that is
 * not by {@code _id} by deserialising every document, audit trail included, while it holds the
 * collection's lock (docs/benchmarks.md, dashboard at 50,000 transfers).
 *
 * <p>It stays a copy of the collection because every write that can change a fact increments the
 * transfer's {@code version}, and an entry is only ever replaced by a higher version, whatever the
 * order in which the following arrive:
 * <ul>
 * <li>this node's writes ({@link Transfers}), applied before the caller gets its answer, so a node
 *     always reads its own writes: with one node (the default) the copy is exact;
 * <li>on MongoDB, other nodes' writes, through the collection's change stream (each changed id is
 *     read again by {@code _id}) within about a second. Not with the in-process embedded database:
 *     there this node is the only writer, and mongo-java-server answers every change-stream poll at
 *     once by reading its whole oplog (a busy loop that slowed every write under load) and reports
 *     no event for {@code findAndModify} (our transitions) anyway. A standalone embedded server
 *     shared by several nodes (MONGODB_URI) is followed like MongoDB: its inserts and deletes
 *     arrive at once, other nodes' transitions with the next reload;
 * <li>the start-up load, a reload after the change stream reconnects (it may have missed events), and
 *     a reload every {@code transferhub.transfers.mirror-reload} (10 min), which read every transfer.
 * </ul>
 * The app never deletes transfers; a deletion seen on the change stream removes the entry. Only the
 * overdue flags depend on the time; they are computed at each read ({@link TransferFact#at}).
 */
@Component
class TransferMirror implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TransferMirror.class);

    /** One transfer: the version it was read at, its facts, and its follow-ups for the overdue flags. */
    private record Entry(long version, TransferFact fact, List<FollowUp> followUps) {}

    private final ReactiveMongoTemplate mongo;
    private final TransferProperties properties;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /**
     * The ids by requesting institution, providing institution and status, so that a list reads only
     * the entries it may show (a provider's inbox, not 50,000 transfers). Changed only inside
     * {@link #put} and {@link #remove}, which hold this object's lock; read without it.
     */
    private final Map<String, Set<String>> byRequester = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byProvider = new ConcurrentHashMap<>();
    private final Map<TransferStatus, Set<String>> byStatus = new ConcurrentHashMap<>();
    /** Completes once the first full load is in; a failed load is retried by the next reader. */
    private volatile Mono<Void> loaded;
    private volatile Disposable.Composite running;
    /** Requests for a full reload, served one at a time; requests made meanwhile collapse into one. */
    private final Sinks.Many<Boolean> reloads = Sinks.many().multicast().directBestEffort();

    /** False with the in-process embedded database: then this node is the only one writing. */
    private final boolean followChangeStream;

    TransferMirror(ReactiveMongoTemplate mongo, TransferProperties properties, ObjectProvider<EmbeddedMongo> embedded) {
        this.mongo = mongo;
        this.properties = properties;
        this.followChangeStream = embedded.getIfAvailable() == null;
        this.loaded = newLoad();
    }

    /** Every transfer's facts as of {@code now}. */
    Flux<TransferFact> facts(Instant now) {
        return loaded.thenMany(Flux.defer(() -> Flux.fromIterable(List.copyOf(entries.values()))))
                .map(e -> e.fact().at(now, e.followUps()));
    }

    /** Which transfers a list starts from, before its filter: one party's, or those in some states. */
    sealed interface Selection {
        record RequestedBy(String institutionId) implements Selection {}
        record ProvidedBy(String institutionId) implements Selection {}
        record InStatus(Set<TransferStatus> statuses) implements Selection {}
    }

    /**
     * One page of the ids of the selected transfers that match, in order: the application lists. The
     * embedded database has no usable index for them (it uses unique indexes only), so a query there
     * would read every transfer; the caller reads the page's transfers by {@code _id}. Only the first
     * {@code skip + limit} are kept while the selection is read, so a page costs one pass over the
     * selection and no sort of all of it.
     */
    Mono<List<String>> page(Selection selection, Predicate<TransferFact> filter, Comparator<TransferFact> order,
            long skip, int limit) {
        return loaded.then(Mono.fromCallable(() -> {
            int wanted = (int) Math.min(Integer.MAX_VALUE - 1, skip + limit);
            PriorityQueue<TransferFact> first = new PriorityQueue<>(Math.min(wanted, 1024) + 1, order.reversed());
            for (String id : selected(selection)) {
                Entry entry = entries.get(id);
                if (entry != null && filter.test(entry.fact())) {
                    first.add(entry.fact());
                    if (first.size() > wanted) {
                        first.poll(); // the last in order among those kept
                    }
                }
            }
            List<TransferFact> ordered = new ArrayList<>(first);
            ordered.sort(order);
            return ordered.stream().skip(skip).map(TransferFact::id).toList();
        }));
    }

    private Iterable<String> selected(Selection selection) {
        return switch (selection) {
            case Selection.RequestedBy r -> byRequester.getOrDefault(r.institutionId(), Set.of());
            case Selection.ProvidedBy p -> byProvider.getOrDefault(p.institutionId(), Set.of());
            case Selection.InStatus s -> s.statuses().stream()
                    .flatMap(status -> byStatus.getOrDefault(status, Set.of()).stream()).toList();
        };
    }

    /** A transfer as this node just wrote (or read) it; an older version than the one held is ignored. */
    void put(Transfer t) {
        if (t == null || t.id() == null) {
            return;
        }
        long version = t.version() == null ? 0 : t.version();
        Entry entry = new Entry(version, TransferFact.of(t, Instant.EPOCH),
                t.followUps() == null ? List.of() : List.copyOf(t.followUps().values()));
        synchronized (this) {
            Entry held = entries.get(t.id());
            if (held != null && held.version() >= version) {
                return;
            }
            entries.put(t.id(), entry);
            if (held != null) {
                unindex(held.fact());
            }
            index(entry.fact());
        }
    }

    private synchronized void remove(String id) {
        Entry held = entries.remove(id);
        if (held != null) {
            unindex(held.fact());
        }
    }

    private void index(TransferFact fact) {
        add(byRequester, fact.requesterInstitutionId(), fact.id());
        add(byProvider, fact.providerInstitutionId(), fact.id());
        add(byStatus, fact.status(), fact.id());
    }

    private void unindex(TransferFact fact) {
        remove(byRequester, fact.requesterInstitutionId(), fact.id());
        remove(byProvider, fact.providerInstitutionId(), fact.id());
        remove(byStatus, fact.status(), fact.id());
    }

    private static <K> void add(Map<K, Set<String>> ids, K key, String id) {
        if (key != null) {
            ids.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
        }
    }

    private static <K> void remove(Map<K, Set<String>> ids, K key, String id) {
        Set<String> held = key == null ? null : ids.get(key);
        if (held != null) {
            held.remove(id);
        }
    }

    /** Reads every transfer again (a newer version already held stays). */
    Mono<Void> reload() {
        return scan().doOnNext(this::put).then();
    }

    private Mono<Void> newLoad() {
        return reload()
                .doOnError(e -> {
                    log.warn("Loading the transfers into memory failed; the next reader retries", e);
                    loaded = newLoad();
                })
                .cache();
    }

    /** Every transfer without the bulky parts the facts do not need. */
    private Flux<Transfer> scan() {
        return mongo.find(lean(new Query()), Transfer.class);
    }

    private static Query lean(Query query) {
        query.fields().exclude("history").exclude("application.readiness").exclude("application.intendedUse");
        return query;
    }

    /** Reads one changed transfer again; gone from the collection, it goes from here too. */
    private Mono<Void> refresh(String id) {
        return mongo.findOne(lean(Query.query(where("_id").is(id))), Transfer.class)
                .doOnNext(this::put)
                .switchIfEmpty(Mono.fromRunnable(() -> remove(id)))
                .then();
    }

    @Override
    public void start() {
        Disposable.Composite tasks = Disposables.composite();
        if (followChangeStream) {
            tasks.add(changeStream());
        }
        tasks.add(reloads.asFlux().onBackpressureLatest()
                .concatMap(reason -> loaded.onErrorComplete().then(reload()).onErrorComplete(), 1)
                .subscribe());
        tasks.add(loaded.onErrorComplete()
                .thenMany(Flux.interval(properties.mirrorReload()).onBackpressureDrop())
                .subscribe(tick -> reloads.tryEmitNext(Boolean.TRUE)));
        running = tasks;
    }

    /** Started before the load is read, so that nothing written meanwhile is missed. */
    private Disposable changeStream() {
        return mongo.changeStream(mongo.getCollectionName(Transfer.class), ChangeStreamOptions.empty(), Document.class)
                .mapNotNull(ChangedIds::of)
                .bufferTimeout(256, Duration.ofMillis(100))
                .concatMap(ids -> Flux.fromIterable(ids.stream().distinct().toList())
                        .concatMap(this::refresh).onErrorComplete())
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1))
                        .doBeforeRetry(signal -> log.debug("Transfers change stream interrupted: {}",
                                signal.failure().toString()))
                        // events between the failure and the new stream are lost: read everything again
                        .doAfterRetry(signal -> reloads.tryEmitNext(Boolean.TRUE)))
                .subscribe();
    }


    @Override
    public void stop() {
        if (running != null) {
            running.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
