package org.transferhub.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.matching.TokenOverlapRelevance;
import org.transferhub.search.analysis.Analyzers;
import org.transferhub.search.index.IndexSynchronizer;
import org.transferhub.search.index.ListingDocuments;
import org.transferhub.search.index.SearchIndex;
import org.transferhub.search.index.SearchProperties;
import org.transferhub.search.language.LanguageDetector;
import org.transferhub.search.language.LinguaModel;
import org.transferhub.search.query.QueryBuilder;
import org.transferhub.search.vocabulary.CurrentVocabulary;
import org.transferhub.search.vocabulary.Vocabulary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** The search engine wired by hand over an in-memory catalog, for tests without Spring. */
public final class SearchTestKit implements AutoCloseable {

    static final Analyzers ANALYZERS = new Analyzers();
    static final LanguageDetector DETECTOR = new LanguageDetector(new LinguaModel());
    static final Vocabulary VOCABULARY = Vocabulary.fromClasspath();

    public final FakeCatalog catalog;
    public final SearchIndex index;
    public final IndexSynchronizer synchronizer;
    public final SearchEngine engine;
    public final CurrentVocabulary vocabulary;
    public final ListingDocuments documents;

    public SearchTestKit(Path dir) {
        this(dir, new FakeCatalog());
    }

    public SearchTestKit(Path dir, FakeCatalog catalog) {
        this.catalog = catalog;
        JsonMapper json = JsonMapper.builder().build();
        SearchProperties properties = new SearchProperties(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMinutes(10), SearchProperties.ChangeStream.OFF, "listings",
                Duration.ofMinutes(2), 0);
        vocabulary = new CurrentVocabulary(VOCABULARY, ANALYZERS);
        index = new SearchIndex(dir, ANALYZERS.perField(), properties);
        index.start();
        documents = new ListingDocuments(vocabulary, DETECTOR, json);
        synchronizer = new IndexSynchronizer(index, catalog, documents, properties, Schedulers.boundedElastic());
        engine = new SearchEngine(index, ANALYZERS, new QueryBuilder(ANALYZERS, DETECTOR), vocabulary, json);
    }

    /** The matcher's Lucene text relevance over this index (the fallback while it is not READY). */
    public LuceneTextRelevance textRelevance() {
        return new LuceneTextRelevance(index, () -> "READY".equals(synchronizer.status().state()), vocabulary, DETECTOR,
                documents, TokenOverlapRelevance.over(catalog::all));
    }

    /** Puts listings into the catalog and makes them searchable. */
    public void publish(Collection<IndexableListing> listings) {
        listings.forEach(catalog::save);
        synchronizer.listingsChanged(listings.stream().map(IndexableListing::id).toList()).block();
    }

    @Override
    public void close() {
        index.stop();
    }

    /** The catalog as the search engine sees it, in memory. */
    public static final class FakeCatalog implements CatalogReader {
        private final Map<String, IndexableListing> listings = new ConcurrentHashMap<>();

        public void save(IndexableListing listing) {
            listings.put(listing.id(), listing);
        }

        public void remove(String id) {
            listings.remove(id);
        }

        @Override
        public Flux<IndexableListing> all() {
            return Flux.fromIterable(List.copyOf(listings.values()));
        }

        @Override
        public Mono<IndexableListing> find(String listingId) {
            return Mono.justOrEmpty(listings.get(listingId));
        }

        @Override
        public Flux<IndexableListing> changedSince(Instant since) {
            return all().filter(l -> l.updatedAt() != null && !l.updatedAt().isBefore(since));
        }
    }

    /** A published listing with one text. */
    public static IndexableListing listing(String id, String language, String title, String summary, String description,
            String... diseaseAreas) {
        Instant now = Instant.now();
        return new IndexableListing(id, "TH-" + id, "PUBLISHED", language,
                new IndexableListing.Text(title, summary, description, List.of()), Map.of(), List.of(diseaseAreas),
                "DEVICE", 7, List.of("LICENSE"), "inst-" + id, "Provider " + id, "Provider " + id, "CN", List.of(),
                List.of(), Map.of(), List.of(), now, now, 1);
    }
}
