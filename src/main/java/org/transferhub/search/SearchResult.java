package org.transferhub.search;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search}. Field names are an API contract that scripts rely on.
 *
 * @param tookMs milliseconds spent inside the index for this request, microsecond precision
 * @param queryLanguages the languages the query was searched as, most probable first
 * @param concepts vocabulary concepts the query names, each with its term in the searcher's language
 * @param facets value counts over all matches per facet: diseaseArea, type, country, mode, language, trl
 */
public record SearchResult(long total, int page, int size, double tookMs, List<String> queryLanguages,
        List<ConceptTerm> concepts, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /**
     * One listing found.
     *
     * @param highlights per text field (title, summary, description), an HTML-escaped snippet where
     *     only {@code <mark>} and {@code </mark>} are markup: safe to insert as HTML
     * @param matchedConcepts the query's concepts this listing names, with the term in the searcher's
     *     language and the listing's own term («糖尿病视网膜病变 = диабетическая ретинопатия»)
     */
    public record Hit(String id, String reference, String language, String title, String summary, String providerName,
            String providerCountry, List<String> diseaseAreas, String technologyType, int trl, float score,
            Map<String, String> highlights, List<MatchedConcept> matchedConcepts) {}

    public record ConceptTerm(String code, String term) {}

    public record MatchedConcept(String code, String term, String listingTerm) {}
}
