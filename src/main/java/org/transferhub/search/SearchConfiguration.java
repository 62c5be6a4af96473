package org.transferhub.search;

import org.springframework.beans.factory.ObjectProvider;
import org.transferhub.database.EmbeddedMongo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.database.DataProperties;
import org.transferhub.matching.TextRelevance;
import org.transferhub.matching.TokenOverlapRelevance;
import org.transferhub.search.analysis.Analyzers;
import org.transferhub.search.index.IndexFollower;
import org.transferhub.search.index.IndexSynchronizer;
import org.transferhub.search.index.ListingDocuments;
import org.transferhub.search.index.SearchIndex;
import org.transferhub.search.index.SearchProperties;
import org.transferhub.search.language.LanguageDetector;
import org.transferhub.search.language.LinguaModel;
import org.transferhub.search.query.QueryBuilder;
import org.transferhub.search.vocabulary.CurrentVocabulary;
import org.transferhub.search.vocabulary.Synonyms;
import org.transferhub.search.vocabulary.Vocabulary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/** Wires the search engine. The engine's classes are plain Java so that tests can build them by hand. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Our own mapper for the stored listing JSON: independent of the HTTP API's settings. */
    private static final JsonMapper STORED_JSON = JsonMapper.builder().build();

    @Bean
    SearchThreads searchThreads(SearchProperties properties) {
        return SearchThreads.of(properties.threads());
    }

    @Bean
    Analyzers searchAnalyzers() {
        return new Analyzers();
    }

    @Bean
    LanguageDetector languageDetector() {
        return new LanguageDetector(new LinguaModel().warmUpInBackground());
    }

    @Bean
    Vocabulary baseVocabulary() {
        return Vocabulary.fromClasspath();
    }

    @Bean
    CurrentVocabulary currentVocabulary(Vocabulary base, Analyzers analyzers) {
        return new CurrentVocabulary(base, analyzers);
    }

    @Bean(destroyMethod = "")
    Synonyms vocabularySynonyms(ReactiveMongoTemplate mongo, Vocabulary base, CurrentVocabulary current) {
        return new Synonyms(mongo, base, current);
    }

    /** Reloads staff synonyms on every node (added through any node, stored in MongoDB). */
    @Bean(destroyMethod = "dispose")
    reactor.core.Disposable synonymFollower(Synonyms synonyms) {
        return synonyms.follow(java.time.Duration.ofSeconds(30));
    }

    @Bean
    SearchIndex searchIndex(DataProperties data, Analyzers analyzers, SearchProperties properties) {
        return new SearchIndex(data.searchIndexDir(), analyzers.perField(), properties);
    }

    @Bean
    ListingDocuments listingDocuments(CurrentVocabulary vocabulary, LanguageDetector detector) {
        return new ListingDocuments(vocabulary, detector, STORED_JSON);
    }

    @Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    IndexSynchronizer indexSynchronizer(SearchIndex index, ObjectProvider<CatalogReader> catalog,
            ListingDocuments documents, SearchProperties properties) {
        // boundedElastic may interrupt a cancelled worker; SearchIndex runs the Lucene write itself on
        // threads nobody interrupts, so document building can stay on the shared scheduler.
        return new IndexSynchronizer(index, catalog.getIfAvailable(EmptyCatalog::new), documents, properties,
                Schedulers.boundedElastic());
    }

    /**
     * The matcher's text relevance from the index; matching's token-overlap fallback answers while
     * the index is not READY. Primary: matching's @ConditionalOnMissingBean fallback is a plain
     * configuration class, so the order in which the two are registered must not decide.
     */
    @Bean
    @Primary
    TextRelevance luceneTextRelevance(SearchIndex index, IndexSynchronizer synchronizer, CurrentVocabulary vocabulary,
            LanguageDetector detector, ListingDocuments documents, ObjectProvider<CatalogReader> catalog) {
        return new LuceneTextRelevance(index, () -> "READY".equals(synchronizer.status().state()), vocabulary, detector,
                documents, TokenOverlapRelevance.over(() -> catalog.getIfAvailable(EmptyCatalog::new).all()));
    }

    @Bean
    IndexFollower indexFollower(IndexSynchronizer synchronizer, SearchProperties properties,
            ObjectProvider<ReactiveMongoTemplate> mongo, ObjectProvider<EmbeddedMongo> embedded) {
        return new IndexFollower(synchronizer, properties, mongo.getIfAvailable(), embedded.getIfAvailable() != null);
    }

    @Bean
    SearchEngine searchEngine(SearchIndex index, Analyzers analyzers, LanguageDetector detector, CurrentVocabulary vocabulary) {
        return new SearchEngine(index, analyzers, new QueryBuilder(analyzers, detector), vocabulary, STORED_JSON);
    }

    @Bean
    CatalogPages catalogPages(SearchIndex index, IndexSynchronizer synchronizer) {
        return new CatalogPages(index, synchronizer);
    }

    @Bean
    Suggester suggester(SearchIndex index, Analyzers analyzers, CurrentVocabulary vocabulary) {
        return new Suggester(index, analyzers, vocabulary, STORED_JSON);
    }

    /** Until the catalog provides a reader, the index is simply empty. */
    static final class EmptyCatalog implements CatalogReader {
        @Override
        public Flux<IndexableListing> all() {
            return Flux.empty();
        }

        @Override
        public Mono<IndexableListing> find(String listingId) {
            return Mono.empty();
        }

        @Override
        public Flux<IndexableListing> changedSince(java.time.Instant since) {
            return Flux.empty();
        }
    }
}
