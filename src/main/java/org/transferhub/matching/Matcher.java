package org.transferhub.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.matching.GroupedMatchWrites.Write;
import org.transferhub.needs.Need;
import org.transferhub.needs.NeedStatus;
import org.transferhub.needs.Needs;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Computes and stores matches: all published listings for one need (when it opens or changes), all
 * open needs for changed listings, or one pair (staff curation). Only the computed fields are written,
 * with upserts by the pair's id, so concurrent refreshes on several nodes converge on the same result.
 */
@Service
public class Matcher {

    private static final int CONCEPT_CACHE_SIZE = 20_000;

    private final ReactiveMongoTemplate mongo;
    private final GroupedMatchWrites writer;
    private final CatalogReader catalog;
    private final TextRelevance relevance;
    private final MatchingProperties properties;
    private final MatchNotices notices;
    private final Clock clock;
    private final Map<String, Set<String>> conceptCache = new ConcurrentHashMap<>();
    private final PublishedListings listings;
    private final OpenNeeds openNeeds;
    /**
     * The score of each need's weakest kept match when it has keep-per-need of them, from its last
     * refresh on this node: a changed listing is added to a need only if it beats it. Unknown (another
     * node refreshed the need, or a restart): added when it clears the store threshold, and the need's
     * next refresh trims it back to its best.
     */
    private final Map<String, Integer> cutoffs = new ConcurrentHashMap<>();
    /** Each open need's analysed site items, by need id (dropped when the need is no longer open). */
    private final Map<String, SiteOf> sites = new ConcurrentHashMap<>();

    Matcher(ReactiveMongoTemplate mongo, Needs needs, @Lazy CatalogReader catalog, TextRelevance relevance,
            MatchingProperties properties, MatchNotices notices, Optional<Clock> clock) {
        this.mongo = mongo;
        this.writer = new GroupedMatchWrites(mongo);
        this.catalog = catalog;
        this.relevance = relevance;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock.orElse(Clock.systemUTC());
        this.listings = new PublishedListings(catalog, this.clock);
        this.openNeeds = new OpenNeeds(needs, this.clock);
    }

    /**
     * Re-matches one need against its candidates, or deactivates its matches when it is not open. The
     * candidates are the {@code candidates} published listings most relevant to its text (from
     * {@link TextRelevance}), plus the listings it already has matches with, so that those are updated
     * or deactivated rather than left behind.
     */
    public Mono<Void> refreshNeed(Need need) {
        openNeeds.apply(need);
        if (need.status() != NeedStatus.OPEN) {
            cutoffs.remove(need.id());
            sites.remove(need.id());
            return deactivate(Criteria.where("needId").is(need.id()));
        }
        return listings.catchUp(false).then(refreshOpenNeed(need));
    }

    /** Brings the in-memory published listings up to date (a full recompute does it once, then refreshes every need). */
    Mono<Void> catchUpListings() {
        return listings.catchUp(true);
    }

    Mono<Void> refreshOpenNeed(Need need) {
        return existingListingIds(need.id()).flatMap(existing -> refreshOpenNeed(need, existing));
    }

    /** Stored matches of a need, by listing id (the needId index answers it). */
    private Mono<Map<String, StoredPair>> existingListingIds(String needId) {
        Query query = StoredPair.fields(Query.query(Criteria.where("needId").is(needId)));
        return mongo.find(query, org.bson.Document.class, "matches")
                .collectMap(d -> d.getString("listingId"), StoredPair::of);
    }

    /** Every stored pair, read once by a full recompute (need id → listing id → what is stored). */
    Mono<Map<String, Map<String, StoredPair>>> storedPairs() {
        return mongo.find(StoredPair.fields(new Query()), org.bson.Document.class, "matches")
                .collect(java.util.stream.Collectors.groupingBy(d -> d.getString("needId"),
                        java.util.stream.Collectors.toMap(d -> d.getString("listingId"), StoredPair::of)));
    }

    Mono<Void> refreshOpenNeed(Need need, Map<String, StoredPair> stored) {
        Set<String> existing = stored.keySet();
        String text = need.content().matchText();
        String language = need.content().language();
        return Mono.zip(site(need), relevance.relevantListings(text, language, properties.candidates()))
                .flatMap(t -> {
                    Map<String, Double> relevant = t.getT2();
                    Set<String> gone = new HashSet<>();
                    List<IndexableListing> candidates = new ArrayList<>();
                    List<IndexableListing> outside = new ArrayList<>();
                    for (String id : relevant.keySet()) {
                        listings.find(id).ifPresent(candidates::add);
                    }
                    for (String id : existing) {
                        if (!relevant.containsKey(id)) {
                            listings.find(id).ifPresentOrElse(outside::add, () -> gone.add(id));
                        }
                    }
                    // A stored match that is no longer among the top candidates keeps its exact relevance.
                    Mono<Map<String, Double>> outsideRelevance = Flux.fromIterable(outside)
                            .concatMap(slim -> catalog.find(slim.id()).flatMap(full -> relevance
                                    .relevanceTo(full, List.of(new TextRelevance.Probe(need.id(), text, language)))
                                    .map(found -> Map.entry(slim.id(), found.getOrDefault(need.id(), 0.0)))))
                            .collectMap(Map.Entry::getKey, Map.Entry::getValue);
                    return outsideRelevance.flatMap(more -> Flux.concat(Flux.fromIterable(candidates), Flux.fromIterable(outside))
                            .concatMap(listing -> requirementConcepts(listing).map(requirements -> score(need, listing,
                                    t.getT1(), requirements, relevant.getOrDefault(listing.id(), more.getOrDefault(listing.id(), 0.0)),
                                    stored.get(listing.id()), null)))
                            .flatMapIterable(p -> p.map(List::of).orElse(List.of()))
                            .collectList()
                            .flatMap(pending -> {
                                // The best keepPerNeed and every curated one are written; stored ones
                                // that fell out (and those whose listing is gone) are deactivated by id.
                                List<Pending> best = new ArrayList<>(pending);
                                best.sort(Comparator.comparingInt(Pending::score).reversed()
                                        .thenComparing(p -> p.listing().id()));
                                List<Pending> kept = new ArrayList<>();
                                List<String> dropped = new ArrayList<>();
                                for (Pending p : best) {
                                    if (kept.size() < properties.keepPerNeed() || (p.previous() != null && p.previous().curated())) {
                                        kept.add(p);
                                    } else if (p.previous() != null && p.previous().active()) {
                                        dropped.add(p.id());
                                    }
                                }
                                gone.stream().filter(listingId -> stored.get(listingId).active())
                                        .forEach(listingId -> dropped.add(StoredMatch.idOf(need.id(), listingId)));
                                if (kept.size() >= properties.keepPerNeed()) {
                                    cutoffs.put(need.id(), kept.get(properties.keepPerNeed() - 1).score());
                                } else {
                                    cutoffs.remove(need.id());
                                }
                                return write(kept, dropped);
                            }));
                });
    }

    /**
     * Re-matches changed listings against every open need (the ListingChangeListener path): the open
     * needs from memory ({@link OpenNeeds}), one relevance call per listing for all of them, one read
     * of the listing's stored matches.
     */
    public Mono<Void> refreshListings(Collection<String> listingIds) {
        return Flux.fromIterable(listingIds).concatMap(id -> catalog.find(id)
                .doOnNext(listings::apply)
                .filter(IndexableListing::isPublished)
                .flatMap(listing -> openNeeds.all()
                        .flatMap(open -> Mono.zip(relevance.relevanceTo(listing, open.stream()
                                        .map(need -> new TextRelevance.Probe(need.id(), need.content().matchText(),
                                                need.content().language())).toList()),
                                existingNeedIds(id, open), requirementConcepts(listing))
                                .flatMap(t -> Flux.fromIterable(open)
                                        .concatMap(need -> site(need).map(site -> score(need, listing, site, t.getT3(),
                                                t.getT1().getOrDefault(need.id(), 0.0), t.getT2().get(need.id()), null)))
                                        .flatMapIterable(p -> p.map(List::of).orElse(List.of()))
                                        // A new pair must make the need's kept set, as a full refresh would keep it.
                                        .filter(p -> p.previous() != null
                                                || p.score() > cutoffs.getOrDefault(p.need().id(), Integer.MIN_VALUE))
                                        .collectList()
                                        .flatMap(pending -> write(pending, List.of()))))
                        .then(Mono.just(true)))
                .switchIfEmpty(Mono.defer(() -> {
                    listings.remove(id);
                    return deactivate(Criteria.where("listingId").is(id)).thenReturn(false);
                })))
                .then();
    }

    /** Scores one pair and stores it, curated when a curation is given (stored whatever its score). */
    Mono<StoredMatch> storePair(Need need, IndexableListing listing, StoredMatch.Curation curation) {
        return Mono.zip(site(need), relevance.relevanceTo(listing, List.of(new TextRelevance.Probe(need.id(),
                        need.content().matchText(), need.content().language()))), requirementConcepts(listing))
                .flatMap(t -> store(need, listing, t.getT1(), t.getT3(), t.getT2().getOrDefault(need.id(), 0.0), curation))
                .then(mongo.findById(StoredMatch.idOf(need.id(), listing.id()), StoredMatch.class));
    }

    /**
     * A match to write: scored at or above the store threshold, already stored ({@code previous}, null
     * when not), or curated. Scored without its explanation; {@link #write} explains the kept ones.
     */
    private record Pending(String id, Need need, IndexableListing listing, int score, double relevance,
            SiteCoverage coverage, StoredMatch.Curation curation, StoredPair previous) {}

    private Optional<Pending> score(Need need, IndexableListing listing, SiteCoverage.Partial site,
            Map<String, Set<String>> requirementConcepts, double textRelevance, StoredPair previous,
            StoredMatch.Curation curation) {
        SiteCoverage coverage = site.with(requirementConcepts);
        int score = MatchScorer.score(need.content(), listing, textRelevance, coverage, false).score();
        if (score < properties.storeThreshold() && previous == null && curation == null) {
            return Optional.empty();
        }
        return Optional.of(new Pending(StoredMatch.idOf(need.id(), listing.id()), need, listing, score, textRelevance,
                coverage, curation, previous));
    }

    /** The pair's computed fields, as written, with their digest. */
    private Update update(Pending p, MatchScorer.Scored scored, long digest) {
        Need need = p.need();
        Update update = new Update().set("needId", need.id()).set("listingId", p.listing().id())
                .set("needInstitutionId", need.institutionId())
                .set("providerInstitutionId", p.listing().providerInstitutionId())
                .set("needCountry", need.content().country()).set("needDiseaseAreas", need.content().diseaseAreas())
                .set("needVisibility", need.visibility()).set("score", scored.score())
                .set("reasons", stored(scored.reasons())).set("gaps", stored(scored.gaps())).set("active", true)
                .set("digest", digest).set("computedAt", clock.instant());
        if (p.curation() != null) {
            update.set("curation", p.curation());
        }
        return update;
    }


    /** Explanation items as stored: code and parameters; {@link MatchItem} renders the message when read. */
    private static List<Map<String, Object>> stored(List<MatchItem> items) {
        return items.stream().map(MatchItem::stored).toList();
    }

    private static long digest(Pending p, MatchScorer.Scored scored) {
        Need need = p.need();
        return StoredPair.digest(need.id(), p.listing().id(), need.institutionId(), p.listing().providerInstitutionId(),
                need.content().country(), need.content().diseaseAreas(), need.visibility(), scored.score(),
                scored.reasons(), scored.gaps());
    }

    /** Scores one pair and writes it whatever its score (a staff curation, or a pair asked about). */
    private Mono<Void> store(Need need, IndexableListing listing, SiteCoverage.Partial site,
            Map<String, Set<String>> requirementConcepts, double textRelevance, StoredMatch.Curation curation) {
        return Mono.defer(() -> {
            SiteCoverage coverage = site.with(requirementConcepts);
            int score = MatchScorer.score(need.content(), listing, textRelevance, coverage, false).score();
            return write(List.of(new Pending(StoredMatch.idOf(need.id(), listing.id()), need, listing, score, textRelevance,
                    coverage, curation, null)), List.of());
        });
    }

    /**
     * Upserts by id in unordered bulk writes (the embedded database commits once per command, so one
     * command per need or listing instead of one per match), skipping the matches stored active with
     * the same digest (a recompute of unchanged data rewrites no match), then announces the best few
     * good matches not announced yet ({@code announce-per-refresh}).
     */
    private Mono<Void> write(List<Pending> pending, List<String> deactivated) {
        if (pending.isEmpty() && deactivated.isEmpty()) {
            return Mono.empty();
        }
        List<Write> writes = new ArrayList<>();
        for (Pending p : pending) {
            MatchScorer.Scored scored = MatchScorer.score(p.need().content(), p.listing(), p.relevance(), p.coverage());
            long digest = digest(p, scored);
            StoredPair previous = p.previous();
            if (p.curation() != null || previous == null || !previous.active() || previous.digest() != digest) {
                writes.add(new Write(p.id(), update(p, scored, digest), true));
            }
        }
        deactivated.forEach(id -> writes.add(new Write(id, Update.update("active", false), false)));
        List<Pending> good = pending.stream().filter(p -> p.score() >= properties.goodMatch())
                .sorted(Comparator.comparingInt(Pending::score).reversed().thenComparing(Pending::id)).toList();
        return writer.write(writes)
                .then(notices.claimBest(good.stream().map(Pending::id).toList(), good.stream()
                        .filter(p -> p.previous() == null).map(Pending::id).collect(java.util.stream.Collectors.toSet()),
                        properties.announcePerRefresh()))
                .flatMapMany(won -> Flux.fromIterable(good).filter(p -> won.contains(p.id())))
                .concatMap(p -> notices.newGoodMatch(p.id(), p.need(), p.listing(), p.score()))
                .then();
    }

    private Mono<Void> deactivate(Criteria which) {
        return mongo.updateMulti(Query.query(which.and("active").is(true)), Update.update("active", false), StoredMatch.class)
                .then();
    }

    /**
     * A listing's stored matches, by need id: by {@code listingId}, which the embedded database answers
     * from its in-memory index (a listing is matched with a small part of all pairs). An {@code _id $in}
     * of every open need's pair id was a 10,000-id command and 0.2–0.35 s per publish.
     */
    private Mono<Map<String, StoredPair>> existingNeedIds(String listingId, List<Need> open) {
        if (open.isEmpty()) {
            return Mono.just(Map.of());
        }
        Query query = StoredPair.fields(Query.query(Criteria.where("listingId").is(listingId)));
        return mongo.find(query, org.bson.Document.class, "matches").collectMap(d -> d.getString("needId"), StoredPair::of);
    }

    /**
     * The site's items with their words and concepts, kept per need and version: a changed listing is
     * scored against every open need, and analysing 10,000 needs' site items again took most of a
     * publish's second.
     */
    private Mono<SiteCoverage.Partial> site(Need need) {
        long version = need.version() == null ? 0 : need.version();
        SiteOf cached = sites.get(need.id());
        if (cached != null && cached.version() == version) {
            return Mono.just(cached.site());
        }
        return Flux.fromIterable(need.content().site().all())
                .concatMap(item -> concepts(item, need.content().language())
                        .map(concepts -> new SiteCoverage.Item(TextFeatures.terms(item), concepts)))
                .collectList().map(SiteCoverage.Partial::new)
                .doOnNext(site -> sites.put(need.id(), new SiteOf(version, site)));
    }

    private record SiteOf(long version, SiteCoverage.Partial site) {}

    private Mono<Map<String, Set<String>>> requirementConcepts(IndexableListing listing) {
        List<String> requirements = listing.requirements() == null ? List.of() : listing.requirements();
        return Flux.fromIterable(requirements).distinct()
                .concatMap(r -> concepts(r, listing.language()).map(c -> Map.entry(r, c)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private Mono<Set<String>> concepts(String text, String language) {
        Set<String> cached = conceptCache.get(text);
        if (cached != null) {
            return Mono.just(cached);
        }
        return relevance.concepts(text, language).doOnNext(found -> {
            if (conceptCache.size() > CONCEPT_CACHE_SIZE) {
                conceptCache.clear(); // a plain bounded cache: local to this node and only an optimisation
            }
            conceptCache.put(text, found);
        });
    }
}
