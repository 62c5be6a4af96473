package org.transferhub.catalog;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.transferhub.catalog.content.ListingContent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The catalog as derived views read it. A published listing with a pending revision shows its
 * published content: revisions are not public until staff approve them.
 */
@Component
class MongoCatalogReader implements CatalogReader {

    private final ReactiveMongoTemplate mongo;

    MongoCatalogReader(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Flux<IndexableListing> all() {
        // Ids first, then the listings 500 at a time by id. One query for everything would be simpler, but
        // the embedded database materialises a query's whole answer (and sorts it) in memory: at 100,000
        // listings that exhausted a 1 GB heap during a rebuild. Ids alone are small, and a lookup by
        // ids is answered from its _id index; on a real MongoDB both are index-only work.
        Query ids = new Query();
        ids.fields().include("_id");
        return mongo.find(ids, org.bson.Document.class, mongo.getCollectionName(Listing.class))
                .map(doc -> doc.get("_id"))
                .collectList()
                .flatMapMany(all -> Flux.fromIterable(all.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList()))
                .buffer(ALL_CHUNK)
                .concatMap(chunk -> mongo.find(withoutHistory(Query.query(where("_id").in(chunk))), Listing.class)
                        .sort(java.util.Comparator.comparing(Listing::id)))
                .map(MongoCatalogReader::toIndexable);
    }

    private static final int ALL_CHUNK = 500;

    @Override
    public Mono<IndexableListing> find(String listingId) {
        return mongo.findOne(withoutHistory(Query.query(where("_id").is(listingId))), Listing.class)
                .map(MongoCatalogReader::toIndexable);
    }

    @Override
    public Flux<IndexableListing> changedSince(Instant since) {
        return mongo.find(withoutHistory(Query.query(where("updatedAt").gte(since))).with(Sort.by("updatedAt", "_id")),
                Listing.class).map(MongoCatalogReader::toIndexable);
    }

    private static Query withoutHistory(Query query) {
        query.fields().exclude("history");
        return query;
    }

    static IndexableListing toIndexable(Listing listing) {
        ListingContent c = listing.content();
        Map<String, IndexableListing.Text> translations = new LinkedHashMap<>();
        c.translations().forEach((language, t) -> translations.put(language,
                new IndexableListing.Text(t.title(), t.summary(), t.description(), t.keywords())));
        Map<String, String> regulatory = new LinkedHashMap<>();
        if (c.ip() != null) {
            c.ip().regulatoryStatus().forEach((country, status) -> regulatory.put(country, status.name()));
        }
        Provider p = listing.provider();
        return new IndexableListing(listing.id(), listing.reference(), listing.status().name(), c.language(),
                new IndexableListing.Text(c.title(), c.summary(), c.description(), c.keywords()), translations,
                c.diseaseAreas().stream().map(Enum::name).toList(),
                c.technologyType() == null ? null : c.technologyType().name(), c.trl() == null ? 0 : c.trl(),
                c.transferModes().stream().map(Enum::name).toList(),
                p == null ? null : p.institutionId(), p == null ? null : p.name(), p == null ? null : p.nameLatin(),
                p == null ? null : p.country(), c.targetCountries(), c.trainingLanguages(), regulatory, requirements(c),
                listing.publishedAt(), listing.updatedAt(), listing.version());
    }

    private static List<String> requirements(ListingContent c) {
        List<String> items = new ArrayList<>();
        if (c.requirements() != null) {
            items.addAll(c.requirements().equipment());
            if (c.requirements().staffAndSkills() != null) {
                items.add(c.requirements().staffAndSkills());
            }
            if (c.requirements().infrastructure() != null) {
                items.add(c.requirements().infrastructure());
            }
        }
        return items;
    }
}
