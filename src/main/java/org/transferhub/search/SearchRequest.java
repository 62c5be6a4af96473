package org.transferhub.search;

import java.util.List;

/**
 * A search as the engine takes it; the web layer validates the bounds.
 *
 * @param q the user's text (may be blank: then every listing matching the filters, newest first)
 * @param lang the searcher's UI language, a hint for detection and the language of concept terms
 * @param page zero-based page
 * @param statuses listing statuses to include; the public API always passes only PUBLISHED
 */
public record SearchRequest(String q, String lang, int page, int size, List<String> diseaseArea, List<String> type,
        Integer trlMin, Integer trlMax, List<String> country, List<String> mode, List<String> language, Sort sort,
        List<String> statuses) {

    public enum Sort { RELEVANCE, NEWEST }

    public static SearchRequest simple(String q, String lang, int size) {
        return new SearchRequest(q, lang, 0, size, List.of(), List.of(), null, null, List.of(), List.of(), List.of(),
                Sort.RELEVANCE, List.of("PUBLISHED"));
    }
}
