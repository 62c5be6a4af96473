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
 * @param matches the same documents as {@code query}, as one flat disjunction of the words, phrases,
 *     concepts and near spellings it is made of, without scores: cheaper to count and facet than the
 *     nested scoring query (null when {@code query} is)
 * @param languages the probable languages of the query, most probable first
 * @param concepts vocabulary concepts the query names, in order of appearance
 * @param terms analysed query terms per text field (for highlighting)
 */
public record QueryPlan(Query query, Query matches, List<SearchLanguage> languages, List<String> concepts, Map<String, Set<String>> terms) {}
