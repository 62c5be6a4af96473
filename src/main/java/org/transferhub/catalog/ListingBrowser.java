package org.transferhub.catalog;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plain MongoDB browsing of the public catalog (full-text search is the search feature's job):
 * filters on indexed fields, newest first with the id as tie-breaker so pages never overlap.
 */
@Component
public class ListingBrowser {

    /** Newest publication first; equal times ordered by id so that paging is stable. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("_id"));

    private final ReactiveMongoTemplate mongo;

    ListingBrowser(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Page(Flux<Listing> items, Mono<Long> total) {}

    public Page page(ListingFilter filter, int page, int size) {
        Query query = Query.query(filter.publishedCriteria());
        Mono<Long> total = mongo.count(query, Listing.class);
        Query pageQuery = Query.query(filter.publishedCriteria()).with(NEWEST_FIRST).skip((long) page * size).limit(size);
        pageQuery.fields().exclude("history");
        return new Page(mongo.find(pageQuery, Listing.class), total);
    }

    /** Every published listing that matches, streamed from the database cursor (for exports). */
    public Flux<Listing> all(ListingFilter filter) {
        Query query = Query.query(filter.publishedCriteria()).with(NEWEST_FIRST);
        query.fields().exclude("history");
        return mongo.find(query, Listing.class);
    }
}
