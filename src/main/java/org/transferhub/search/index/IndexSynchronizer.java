package org.transferhub.search.index;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.ListingChangeListener;
import org.transferhub.search.analysis.IndexFields;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Keeps the index following MongoDB: applies the catalog's change notifications (answering once
 * they are searchable), rebuilds from the catalog when asked or when the index is missing, corrupt
 * or outdated, and catches up with {@link CatalogReader#changedSince} after the last synced time —
 * at start (after a crash) and on every poll (changes made through other nodes).
 *
 * <p>First among listing listeners: saved-search alerts and matching ask the index about the listing
 * that just changed, so it must be searchable before they run (the others are ordered last, but
 * "last" ties with an unordered bean, and then registration order decided).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IndexSynchronizer implements ListingChangeListener {

    private static final Logger log = LoggerFactory.getLogger(IndexSynchronizer.class);

    private final SearchIndex index;
    private final CatalogReader catalog;
    private final ListingDocuments documents;
    private final SearchProperties properties;
    private final Scheduler scheduler;
    /** Highest version applied per listing, so a late, older copy never overwrites a newer one. */
    private final Map<String, Long> versions = new ConcurrentHashMap<>();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicLong rebuildProcessed = new AtomicLong();
    private volatile Instant rebuildStartedAt;
    private volatile Instant rebuildFinishedAt;
    private volatile String lastError;

    public IndexSynchronizer(SearchIndex index, CatalogReader catalog, ListingDocuments documents,
            SearchProperties properties, Scheduler scheduler) {
        this.index = index;
        this.catalog = catalog;
        this.documents = documents;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @Override
    public Mono<Void> listingsChanged(Collection<String> listingIds) {
        return Flux.fromIterable(new HashSet<>(listingIds))
                .flatMap(id -> catalog.find(id).map(Optional::of).defaultIfEmpty(Optional.empty())
                        .publishOn(scheduler)
                        .map(found -> found.map(this::apply).orElseGet(() -> remove(id))), 8)
                .reduce(-1L, Math::max)
                .publishOn(scheduler)
                .doOnNext(generation -> {
                    if (generation >= 0) {
                        index.awaitSearchable(generation);
                    }
                })
                .then();
    }

    /** At start: a full rebuild when the index cannot be trusted, else catch up after the last sync. */
    public Mono<Void> startUp() {
        return index.needsRebuild() ? rebuild() : catchUp();
    }

    /** Re-reads every listing; documents of listings that no longer exist are removed at the end. */
    public Mono<Void> rebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return Mono.empty();
        }
        Instant startedAt = Instant.now();
        rebuildStartedAt = startedAt;
        rebuildFinishedAt = null;
        rebuildProcessed.set(0);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        versions.clear();
        // Batches are indexed two at a time: one thread builds documents while the writer inverts
        // another's, which keeps both cores of a small server busy (one at a time left one idle).
        return catalog.all()
                .buffer(256)
                .flatMap(batch -> Mono.fromRunnable(() -> batch.forEach(listing -> {
                    apply(listing);
                    seen.add(listing.id());
                    rebuildProcessed.incrementAndGet();
                })).subscribeOn(scheduler), SearchIndex.WRITE_THREADS)
                .then(Mono.fromRunnable(() -> {
                    removeAllExcept(seen);
                    index.compact();
                    index.awaitSearchable(index.upsertGeneration());
                    index.markSynced(startedAt, true);
                    index.commit();
                    rebuildFinishedAt = Instant.now();
                    lastError = null;
                    log.info("Search index rebuilt: {} listings in {} ms", seen.size(),
                            Duration.between(startedAt, rebuildFinishedAt).toMillis());
                }).subscribeOn(scheduler))
                .doOnError(e -> {
                    lastError = e.toString();
                    log.warn("Search index rebuild failed", e);
                })
                // Cleared before the caller hears of the end (doFinally runs after it), so a caller that
                // waited for the rebuild sees READY rather than a stale REBUILDING.
                .doOnTerminate(() -> rebuilding.set(false))
                .doOnCancel(() -> rebuilding.set(false))
                .then();
    }

    /** Applies every listing changed since the last synced time (minus clock skew). */
    public Mono<Void> catchUp() {
        if (rebuilding.get() || !polling.compareAndSet(false, true)) {
            return Mono.empty();
        }
        Instant pollStart = Instant.now();
        Instant since = index.syncedUpTo().minus(properties.clockSkew());
        return catalog.changedSince(since.isBefore(Instant.EPOCH) ? Instant.EPOCH : since)
                .publishOn(scheduler)
                .doOnNext(this::apply)
                .then(Mono.fromRunnable(() -> {
                    index.awaitSearchable(index.upsertGeneration());
                    index.markSynced(pollStart, false);
                }).subscribeOn(scheduler))
                .doOnError(e -> {
                    lastError = e.toString();
                    log.warn("Search index catch-up failed; the next poll retries", e);
                })
                .onErrorComplete()
                .doOnTerminate(() -> polling.set(false))
                .doOnCancel(() -> polling.set(false))
                .then();
    }

    /** Indexes one listing in its current state; returns the writer generation. */
    long apply(IndexableListing listing) {
        long[] generation = {-1};
        versions.compute(listing.id(), (id, known) -> {
            if (known != null && known > listing.version()) {
                return known; // an older copy arrived late
            }
            generation[0] = index.upsert(id, documents.toDocument(listing));
            return listing.version();
        });
        return generation[0];
    }

    private long remove(String id) {
        versions.remove(id);
        return index.delete(id);
    }

    private void removeAllExcept(Set<String> keep) {
        index.awaitSearchable(index.upsertGeneration());
        List<String> stale = index.read(searcher -> {
            TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().maxDoc()));
            var storedFields = searcher.storedFields();
            List<String> ids = new java.util.ArrayList<>();
            for (ScoreDoc hit : all.scoreDocs) {
                String id = storedFields.document(hit.doc, Set.of(IndexFields.ID)).get(IndexFields.ID);
                if (!keep.contains(id)) {
                    ids.add(id);
                }
            }
            return ids;
        });
        stale.forEach(this::remove);
    }

    /** Re-indexes every listing whose text contains the phrase in one of the given fields. */
    public Mono<Void> reindexMentioning(List<String> fields, String phrase) {
        return Mono.fromCallable(() -> index.read(searcher -> {
                    org.apache.lucene.search.BooleanQuery.Builder any = new org.apache.lucene.search.BooleanQuery.Builder();
                    for (String field : fields) {
                        List<String> terms = documents.analyzers().terms(field, phrase);
                        if (!terms.isEmpty()) {
                            any.add(new org.apache.lucene.search.PhraseQuery(field, terms.toArray(String[]::new)),
                                    org.apache.lucene.search.BooleanClause.Occur.SHOULD);
                        }
                    }
                    List<String> ids = new java.util.ArrayList<>();
                    var stored = searcher.storedFields();
                    for (ScoreDoc hit : searcher.search(any.build(), 10_000).scoreDocs) {
                        ids.add(stored.document(hit.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
                    }
                    return ids;
                }))
                .subscribeOn(scheduler)
                .flatMap(ids -> ids.isEmpty() ? Mono.empty() : listingsChanged(ids))
                .doOnError(e -> log.warn("Reindex after a vocabulary change failed", e))
                .onErrorComplete();
    }

    public RebuildStatus status() {
        return new RebuildStatus(rebuilding.get() ? "REBUILDING" : index.needsRebuild() ? "NEEDS_REBUILD" : "READY",
                index.documentCount(), rebuildProcessed.get(), rebuildStartedAt, rebuildFinishedAt, index.syncedUpTo(),
                lastError);
    }

    public record RebuildStatus(String state, int documents, long rebuildProcessed, Instant rebuildStartedAt,
            Instant rebuildFinishedAt, Instant syncedUpTo, String lastError) {}
}
