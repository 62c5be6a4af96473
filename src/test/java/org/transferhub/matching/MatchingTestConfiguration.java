package org.transferhub.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Test stand-ins shared by the needs and matching tests (one cached context): a catalog that
 * holds listings in memory (the catalog backend is built on another branch) and a clock tests move.
 */
@TestConfiguration
public class MatchingTestConfiguration {

    @Bean
    @Primary
    public FakeCatalog fakeCatalog() {
        return new FakeCatalog();
    }

    @Bean
    @Primary
    public MovableClock movableClock() {
        return new MovableClock();
    }

    public static class FakeCatalog implements CatalogReader {

        private final Map<String, IndexableListing> listings = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong();

        public IndexableListing put(IndexableListing listing) {
            listings.put(listing.id(), listing);
            return listing;
        }

        public String nextId() {
            return "test-listing-" + ids.incrementAndGet() + "-" + System.nanoTime();
        }

        @Override
        public Flux<IndexableListing> all() {
            return Flux.fromStream(listings.values().stream().sorted(java.util.Comparator.comparing(IndexableListing::id)));
        }

        @Override
        public Mono<IndexableListing> find(String listingId) {
            return Mono.justOrEmpty(listings.get(listingId));
        }

        @Override
        public Flux<IndexableListing> changedSince(Instant since) {
            return all().filter(l -> !l.updatedAt().isBefore(since));
        }
    }

    /** Real time unless a test moves it forward. */
    public static class MovableClock extends Clock {

        private volatile java.time.Duration offset = java.time.Duration.ZERO;

        public void advance(java.time.Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    /** A listing builder with sensible defaults; tests override what they are about. */
    public record ListingSpec(String id, String status, String language, String title, String description,
            List<String> diseaseAreas, String technologyType, int trl, List<String> transferModes,
            String providerInstitutionId, String providerCountry, List<String> targetCountries,
            List<String> trainingLanguages, Map<String, String> regulatoryStatus, List<String> requirements, long version) {

        public static ListingSpec of(String id, String providerInstitutionId, String language, String title, String description) {
            return new ListingSpec(id, "PUBLISHED", language, title, description, List.of("DIABETES"), "DIAGNOSTIC", 7,
                    List.of("TRAINING", "TECHNICAL_ASSISTANCE"), providerInstitutionId, "CN", List.of(), List.of(language),
                    Map.of(), List.of(), 1);
        }

        public ListingSpec requirements(List<String> items) {
            return new ListingSpec(id, status, language, title, description, diseaseAreas, technologyType, trl,
                    transferModes, providerInstitutionId, providerCountry, targetCountries, trainingLanguages,
                    regulatoryStatus, items, version);
        }

        public ListingSpec trainingLanguages(List<String> languages) {
            return new ListingSpec(id, status, language, title, description, diseaseAreas, technologyType, trl,
                    transferModes, providerInstitutionId, providerCountry, targetCountries, languages,
                    regulatoryStatus, requirements, version);
        }

        public ListingSpec regulatory(Map<String, String> statuses) {
            return new ListingSpec(id, status, language, title, description, diseaseAreas, technologyType, trl,
                    transferModes, providerInstitutionId, providerCountry, targetCountries, trainingLanguages,
                    statuses, requirements, version);
        }

        public ListingSpec changed(String newStatus, String newTitle, List<String> newAreas) {
            return new ListingSpec(id, newStatus, language, newTitle, description, newAreas, technologyType, trl,
                    transferModes, providerInstitutionId, providerCountry, targetCountries, trainingLanguages,
                    regulatoryStatus, requirements, version + 1);
        }

        public IndexableListing build() {
            Instant now = Instant.now();
            return new IndexableListing(id, "TH-2026-" + Math.abs(id.hashCode() % 1_000_000), status, language,
                    new IndexableListing.Text(title, description, description, List.of()), Map.of(), diseaseAreas,
                    technologyType, trl, transferModes, providerInstitutionId, "Provider " + providerInstitutionId,
                    "Provider", providerCountry, targetCountries, trainingLanguages, regulatoryStatus, requirements,
                    now, now, version);
        }
    }
}
