package org.transferhub.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedStatus;
import org.transferhub.needs.Needs;
import reactor.core.publisher.Mono;

/**
 * Staff's brokering figures: open needs with no good match (uncovered demand), published listings
 * that no open need matches well (unwanted supply), each counted by country and disease area, and
 * the reasons people gave for dismissing suggestions. Computed on request from stored matches.
 */
@Component
class Brokering {

    private static final int MAX_ITEMS = 200;

    record Figures(int threshold, Side uncoveredNeeds, Side unwantedListings, List<ReasonCount> dismissalReasons) {}

    record Side(long total, Map<String, Long> byCountry, Map<String, Long> byDiseaseArea, List<Item> items) {}

    record Item(String id, String title, String country, List<String> diseaseAreas, int bestScore) {}

    record ReasonCount(String side, String reason, long count, List<String> recentNotes) {}

    private final ReactiveMongoTemplate mongo;
    private final Needs needs;
    private final CatalogReader catalog;

    Brokering(ReactiveMongoTemplate mongo, Needs needs, @Lazy CatalogReader catalog) {
        this.mongo = mongo;
        this.needs = needs;
        this.catalog = catalog;
    }

    Mono<Figures> figures(int threshold) {
        Mono<List<StoredMatch>> active = mongo.find(Query.query(Criteria.where("active").is(true)), StoredMatch.class).collectList();
        Mono<List<StoredMatch>> dismissed = mongo.find(Query.query(new Criteria().orOperator(
                Criteria.where("needDismissal").ne(null), Criteria.where("listingDismissal").ne(null))), StoredMatch.class).collectList();
        Mono<List<Need>> open = needs.findByStatus(NeedStatus.OPEN).collectList();
        Mono<List<IndexableListing>> published = catalog.all().filter(IndexableListing::isPublished).collectList();
        return Mono.zip(active, dismissed, open, published).map(t -> {
            Map<String, Integer> bestForNeed = new HashMap<>();
            Map<String, Integer> bestForListing = new HashMap<>();
            for (StoredMatch m : t.getT1()) {
                if (m.needDismissal() == null) {
                    bestForNeed.merge(m.needId(), m.score(), Math::max);
                    if (m.listingDismissal() == null) {
                        bestForListing.merge(m.listingId(), m.score(), Math::max);
                    }
                }
            }
            List<Item> needItems = t.getT3().stream().filter(n -> bestForNeed.getOrDefault(n.id(), 0) < threshold)
                    .map(n -> new Item(n.id(), n.content().title(), n.content().country(), n.content().diseaseAreas(),
                            bestForNeed.getOrDefault(n.id(), 0)))
                    .toList();
            List<Item> listingItems = t.getT4().stream().filter(l -> bestForListing.getOrDefault(l.id(), 0) < threshold)
                    .map(l -> new Item(l.id(), l.original() == null ? l.reference() : l.original().title(),
                            l.providerCountry(), l.diseaseAreas() == null ? List.of() : l.diseaseAreas(),
                            bestForListing.getOrDefault(l.id(), 0)))
                    .toList();
            return new Figures(threshold, side(needItems), side(listingItems), reasons(t.getT2()));
        });
    }

    private static Side side(List<Item> items) {
        Map<String, Long> byCountry = new TreeMap<>(items.stream()
                .collect(Collectors.groupingBy(i -> i.country() == null ? "??" : i.country(), Collectors.counting())));
        Map<String, Long> byArea = new TreeMap<>(items.stream().flatMap(i -> i.diseaseAreas().stream())
                .collect(Collectors.groupingBy(a -> a, Collectors.counting())));
        return new Side(items.size(), byCountry, byArea, items.stream().limit(MAX_ITEMS).toList());
    }

    private static List<ReasonCount> reasons(List<StoredMatch> dismissed) {
        List<ReasonCount> out = new ArrayList<>();
        for (String side : List.of("NEED", "LISTING")) {
            Map<String, List<StoredMatch.Dismissal>> byReason = new TreeMap<>(dismissed.stream()
                    .map(m -> side.equals("NEED") ? m.needDismissal() : m.listingDismissal())
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.groupingBy(StoredMatch.Dismissal::reason)));
            byReason.forEach((reason, list) -> out.add(new ReasonCount(side, reason, list.size(), list.stream()
                    .sorted(java.util.Comparator.comparing(StoredMatch.Dismissal::at).reversed())
                    .map(StoredMatch.Dismissal::note).filter(note -> note != null && !note.isBlank()).limit(10).toList())));
        }
        return out;
    }
}
