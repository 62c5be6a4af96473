package org.transferhub.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Browsing of the public catalog: filters, newest first with the id as tie-breaker so pages never
 * overlap. Which listings make a page comes from the {@link PublishedListingIndex} when there is one
 * that can answer (the embedded database reads all 100,000 listings for every page: 16 s a page in
 * docs/benchmarks.md); the listings themselves always come from MongoDB, and MongoDB answers alone
 * when the index cannot.
 */
@Component
public class ListingBrowser {

    /** Newest publication first; equal times ordered by id so that paging is stable. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("_id"));

    private final ReactiveMongoTemplate mongo;
    private final ObjectProvider<PublishedListingIndex> index;

    ListingBrowser(ReactiveMongoTemplate mongo, ObjectProvider<PublishedListingIndex> index) {
        this.mongo = mongo;
        this.index = index;
    }

    public record Page(Flux<Listing> items, Mono<Long> total) {}

    public Page page(ListingFilter filter, int page, int size) {
        PublishedListingIndex published = index.getIfAvailable();
        if (published == null) {
            return fromDatabase(filter, page, size);
        }
        Mono<Optional<PublishedListingIndex.IdPage>> ids = Mono.fromCallable(() -> published.page(filter, page, size))
                .subscribeOn(Schedulers.boundedElastic()).cache();
        Mono<Page> answer = ids.map(found -> found.map(this::fromIds).orElseGet(() -> fromDatabase(filter, page, size)));
        return new Page(answer.flatMapMany(Page::items), answer.flatMap(Page::total));
    }

    private Page fromIds(PublishedListingIndex.IdPage found) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < found.ids().size(); i++) {
            position.put(found.ids().get(i), i);
        }
        // only by id, which the embedded database looks up in its index; the status is checked here,
        // so a listing archived a moment ago on another node is left out rather than shown
        Query query = Query.query(where("id").in(found.ids()));
        query.fields().exclude("history");
        Flux<Listing> items = found.ids().isEmpty() ? Flux.empty()
                : mongo.find(query, Listing.class)
                        .filter(listing -> listing.status() == ListingStatus.PUBLISHED)
                        .sort(Comparator.comparingInt(listing -> position.getOrDefault(listing.id(), Integer.MAX_VALUE)));
        return new Page(items, Mono.just(found.total()));
    }

    /** MongoDB alone; package-private so that a test can hold the index path to it. */
    Page fromDatabase(ListingFilter filter, int page, int size) {
        Query query = Query.query(filter.publishedCriteria());
        Mono<Long> total = mongo.count(query, Listing.class);
        Query pageQuery = Query.query(filter.publishedCriteria()).with(NEWEST_FIRST).skip((long) page * size).limit(size);
        pageQuery.fields().exclude("history");
        return new Page(mongo.find(pageQuery, Listing.class), total);
    }

    /**
     * Every published listing that matches, for exports: in the index's order, read from MongoDB by id
     * 500 at a time (the embedded database would otherwise hold and sort them all in memory at once,
     * which at 100,000 listings does not fit a 1 GB heap); from a database cursor when the index cannot answer.
     */
    public Flux<Listing> all(ListingFilter filter) {
        PublishedListingIndex published = index.getIfAvailable();
        Mono<Optional<List<String>>> ids = published == null ? Mono.just(Optional.empty())
                : Mono.fromCallable(() -> published.allIds(filter)).subscribeOn(Schedulers.boundedElastic());
        return ids.flatMapMany(found -> found.isEmpty() ? allFromDatabase(filter)
                : Flux.fromIterable(found.get()).buffer(500)
                        .concatMap(chunk -> fromIds(new PublishedListingIndex.IdPage(chunk, chunk.size())).items()));
    }

    /** MongoDB alone; package-private so that a test can hold the index path to it. */
    Flux<Listing> allFromDatabase(ListingFilter filter) {
        Query query = Query.query(filter.publishedCriteria()).with(NEWEST_FIRST);
        query.fields().exclude("history");
        return mongo.find(query, Listing.class);
    }
}
