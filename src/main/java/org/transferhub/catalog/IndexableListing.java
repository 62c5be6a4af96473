package org.transferhub.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A listing as the search index and the matcher see it: the current public content of one listing,
 * in its original language plus any translations. Produced by {@link CatalogReader}.
 *
 * @param id the listing's MongoDB id (stable; the index's primary key)
 * @param reference public code such as {@code TH-2026-000123}
 * @param status DRAFT, SUBMITTED, CHANGES_REQUESTED, PUBLISHED, ARCHIVED or EXPIRED (only PUBLISHED is public)
 * @param language BCP-47 language of the original text (zh, ru, en, kk, uz, ky, tg, fa, hi, ur, be, …)
 * @param original the provider's own text
 * @param translations other languages' text keyed by BCP-47 code (may be empty)
 * @param providerCountry ISO 3166-1 alpha-2 country of the providing institution
 * @param targetCountries ISO codes the provider offers the technology to (empty = all SCO states)
 * @param trainingLanguages languages the training materials exist in
 * @param regulatoryStatus per ISO country code: REGISTERED, PENDING, NOT_REGISTERED or NOT_REQUIRED
 * @param requirements what the receiving site needs, as short free-text items (equipment, staff, IT…)
 * @param version increments on every change; lets the index skip stale updates
 */
public record IndexableListing(
        String id,
        String reference,
        String status,
        String language,
        Text original,
        Map<String, Text> translations,
        List<String> diseaseAreas,
        String technologyType,
        int trl,
        List<String> transferModes,
        String providerInstitutionId,
        String providerName,
        String providerNameLatin,
        String providerCountry,
        List<String> targetCountries,
        List<String> trainingLanguages,
        Map<String, String> regulatoryStatus,
        List<String> requirements,
        Instant publishedAt,
        Instant updatedAt,
        long version) {

    /** The searchable text of a listing in one language. */
    public record Text(String title, String summary, String description, List<String> keywords) {}

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }
}
