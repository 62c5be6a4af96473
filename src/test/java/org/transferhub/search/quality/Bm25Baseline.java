package org.transferhub.search.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.transferhub.catalog.IndexableListing;

/** The plain baseline: one StandardAnalyzer field over all text, BM25, OR of the query's words. */
final class Bm25Baseline {

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexSearcher searcher;

    Bm25Baseline(List<IndexableListing> listings) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (IndexableListing listing : listings) {
                    Document doc = new Document();
                    doc.add(new StringField("id", listing.id(), Field.Store.YES));
                    doc.add(new StringField("language", listing.language(), Field.Store.NO));
                    var text = listing.original();
                    doc.add(new TextField("text", text.title() + "\n" + text.summary() + "\n" + text.description(), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> search(String q, Set<String> languages) {
        try {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String term : terms(q)) {
                words.add(new TermQuery(new Term("text", term)), Occur.SHOULD);
            }
            BooleanQuery.Builder filter = new BooleanQuery.Builder();
            languages.forEach(l -> filter.add(new TermQuery(new Term("language", l)), Occur.SHOULD));
            BooleanQuery query = new BooleanQuery.Builder().add(words.build(), Occur.MUST).add(filter.build(), Occur.FILTER).build();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> terms(String q) {
        List<String> terms = new ArrayList<>();
        try (var stream = analyzer.tokenStream("text", q)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
