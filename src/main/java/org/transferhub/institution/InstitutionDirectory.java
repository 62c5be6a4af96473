package org.transferhub.institution;

import reactor.core.publisher.Mono;

/** The institution feature's public face for other features (catalog, needs, transfers). */
public interface InstitutionDirectory {

    /** The institution, or empty when there is none with this id. */
    Mono<InstitutionSummary> find(String institutionId);

    /** True when the institution exists and is VERIFIED now (not at the caller's login). */
    Mono<Boolean> isVerified(String institutionId);

    /**
     * Finds an institution by name (own script or Latin, case-insensitive) and ISO country code,
     * or creates it as VERIFIED; used by staff imports of existing catalogs.
     */
    Mono<InstitutionSummary> findOrCreateVerified(String name, String country, String importedBy);
}
