package org.transferhub.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.transferhub.catalog.CatalogReader;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.institution.InstitutionDirectory;
import org.transferhub.institution.InstitutionSummary;
import org.transferhub.institution.InstitutionType;
import org.transferhub.institution.VerificationStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Test-only stand-ins for the catalog and the institution directory (built on other branches) and
 * a clock tests can move, so that deadlines and dashboard dates are known.
 */
@TestConfiguration
public class TransferFakes {

    @Bean
    @Primary
    FakeCatalog fakeCatalog() {
        return new FakeCatalog();
    }

    @Bean
    @Primary
    FakeInstitutions fakeInstitutions() {
        return new FakeInstitutions();
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    public static class FakeCatalog implements CatalogReader {
        final Map<String, IndexableListing> listings = new ConcurrentHashMap<>();

        public IndexableListing publish(String providerInstitutionId, String country, List<String> requirements,
                List<String> diseaseAreas, String technologyType, List<String> modes) {
            String id = "L-" + UUID.randomUUID();
            IndexableListing listing = new IndexableListing(id, "TH-" + id.substring(2, 8), "PUBLISHED", "en",
                    new IndexableListing.Text("Insulin pump clinic " + id, "s", "d", List.of()), Map.of(),
                    diseaseAreas, technologyType, 7, modes, providerInstitutionId, "Provider", "Provider", country,
                    List.of(), List.of("en"), Map.of(), requirements, Instant.now(), Instant.now(), 1);
            listings.put(id, listing);
            return listing;
        }

        public IndexableListing withStatus(IndexableListing l, String status) {
            IndexableListing changed = new IndexableListing(l.id(), l.reference(), status, l.language(), l.original(),
                    l.translations(), l.diseaseAreas(), l.technologyType(), l.trl(), l.transferModes(),
                    l.providerInstitutionId(), l.providerName(), l.providerNameLatin(), l.providerCountry(),
                    l.targetCountries(), l.trainingLanguages(), l.regulatoryStatus(), l.requirements(), l.publishedAt(),
                    l.updatedAt(), l.version() + 1);
            listings.put(l.id(), changed);
            return changed;
        }

        @Override
        public Flux<IndexableListing> all() {
            return Flux.fromIterable(listings.values());
        }

        @Override
        public Mono<IndexableListing> find(String listingId) {
            return Mono.justOrEmpty(listings.get(listingId));
        }

        @Override
        public Flux<IndexableListing> changedSince(Instant since) {
            return all();
        }
    }

    public static class FakeInstitutions implements InstitutionDirectory {
        final Map<String, InstitutionSummary> institutions = new ConcurrentHashMap<>();

        public String add(String country, VerificationStatus status) {
            String id = "I-" + UUID.randomUUID();
            institutions.put(id, new InstitutionSummary(id, "Hospital " + id, "Hospital", country,
                    InstitutionType.HOSPITAL, "City", status));
            return id;
        }

        @Override
        public Mono<InstitutionSummary> find(String institutionId) {
            return Mono.justOrEmpty(institutions.get(institutionId));
        }

        @Override
        public Mono<Boolean> isVerified(String institutionId) {
            return find(institutionId).map(InstitutionSummary::isVerified).defaultIfEmpty(false);
        }

        @Override
        public Mono<InstitutionSummary> findOrCreateVerified(String name, String country, String importedBy) {
            return Mono.error(new UnsupportedOperationException());
        }
    }

    /** A clock tests set; it runs with real time unless fixed. */
    public static class MutableClock extends Clock {
        private volatile Instant fixed;

        public void set(Instant instant) {
            fixed = instant;
        }

        public void release() {
            fixed = null;
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
            Instant f = fixed;
            return f != null ? f : Instant.now();
        }
    }
}
