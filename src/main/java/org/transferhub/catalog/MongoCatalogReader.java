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
        return mongo.find(withoutHistory(new Query()).with(Sort.by("_id")), Listing.class).map(MongoCatalogReader::toIndexable);
    }

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
