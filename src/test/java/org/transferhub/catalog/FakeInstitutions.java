package org.transferhub.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.transferhub.institution.InstitutionDirectory;
import org.transferhub.institution.InstitutionSummary;
import org.transferhub.institution.InstitutionType;
import org.transferhub.institution.VerificationStatus;
import reactor.core.publisher.Mono;

/** An in-memory institution directory for catalog tests (the platform's real one replaces it when merged). */
class FakeInstitutions implements InstitutionDirectory {

    private final Map<String, InstitutionSummary> byId = new ConcurrentHashMap<>();

    InstitutionSummary add(String name, String country, VerificationStatus status) {
        String id = "inst-" + UUID.randomUUID();
        InstitutionSummary summary = new InstitutionSummary(id, name, name, country, InstitutionType.HOSPITAL, "City", status);
        byId.put(id, summary);
        return summary;
    }

    @Override
    public Mono<InstitutionSummary> find(String institutionId) {
        return Mono.justOrEmpty(byId.get(institutionId));
    }

    @Override
    public Mono<Boolean> isVerified(String institutionId) {
        return find(institutionId).map(InstitutionSummary::isVerified).defaultIfEmpty(false);
    }

    @Override
    public Mono<InstitutionSummary> findOrCreateVerified(String name, String country, String importedBy) {
        return Mono.fromSupplier(() -> byId.values().stream()
                .filter(i -> i.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) && i.country().equals(country))
                .findFirst()
                .orElseGet(() -> add(name, country, VerificationStatus.VERIFIED)));
    }
}
