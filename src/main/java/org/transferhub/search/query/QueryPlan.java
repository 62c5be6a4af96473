package org.transferhub.search.query;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.transferhub.search.analysis.SearchLanguage;

/**
 * A user query translated for the index.
 *
 * @param query the Lucene query without filters (null when the text had nothing searchable)
 * @param languages the probable languages of the query, most probable first
 * @param concepts vocabulary concepts the query names, in order of appearance
 * @param terms analysed query terms per text field (for highlighting)
 */
public record QueryPlan(Query query, List<SearchLanguage> languages, List<String> concepts, Map<String, Set<String>> terms) {}
