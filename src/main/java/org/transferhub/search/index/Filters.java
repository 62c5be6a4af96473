package org.transferhub.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.transferhub.search.analysis.IndexFields;

/**
 * The server's filters on a query. {@link #status} restricts it to listings in the given statuses. Every document has exactly one status term,
 * so "in these statuses" equals "in none of the others"; the cheaper form is chosen per searcher: a
 * catalog is mostly PUBLISHED, and requiring PUBLISHED made every scored document also advance the
 * long PUBLISHED postings list (a tenth of a match search at 100,000 listings), while excluding the
 * few drafts and archived listings costs next to nothing, and nothing at all when there are none.
 */
public final class Filters {

    private Filters() {}

    /** @param reader the searcher's reader; null when the query is built before a searcher is at hand */
    public static void status(BooleanQuery.Builder query, IndexReader reader, Collection<String> statuses) {
        if (statuses == null || statuses.isEmpty()) {
            return;
        }
        try {
            Terms terms = reader == null ? null : MultiTerms.getTerms(reader, IndexFields.STATUS);
            long wanted = 0;
            long others = 0;
            List<String> excluded = new ArrayList<>();
            if (terms != null) {
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    String status = term.utf8ToString();
                    if (statuses.contains(status)) {
                        wanted += each.docFreq();
                    } else {
                        others += each.docFreq();
                        excluded.add(status);
                    }
                }
            }
            if (terms != null && others < wanted && excluded.size() <= 16) {
                excluded.forEach(status -> query.add(new TermQuery(new Term(IndexFields.STATUS, status)), Occur.MUST_NOT));
                return;
            }
            anyOf(query, IndexFields.STATUS, statuses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the documents whose keyword field holds any of the values (at most 50); none given: no filter. */
    public static void anyOf(BooleanQuery.Builder query, String field, Collection<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.stream().distinct().limit(50).forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        query.add(any.build(), Occur.FILTER);
    }
}
