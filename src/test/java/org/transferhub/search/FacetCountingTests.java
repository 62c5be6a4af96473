package org.transferhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Exact counts over single-valued, multi-valued and missing facet values, across segments. */
class FacetCountingTests {

    private static final List<String> FIELDS = List.of("area", "type", "country");

    @Test
    void countsEveryValueOfTheMatchingDocumentsOnly() throws Exception {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(doc("a", List.of("DIABETES", "OBESITY"), "DEVICE", "CN"));
            writer.addDocument(doc("a", List.of("DIABETES"), "DRUG", null));
            writer.commit(); // a second segment
            writer.addDocument(doc("a", List.of(), "DEVICE", "RU"));
            writer.addDocument(doc("b", List.of("OBESITY"), "DEVICE", "CN"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetOrdinals ordinals = new FacetOrdinals(FIELDS);

                FacetCounting.Counts some = searcher.search(new TermQuery(new Term("group", "a")), new FacetCounting(ordinals));
                assertThat(reader.leaves()).hasSize(2);
                assertThat(some.total()).isEqualTo(3);
                assertThat(some.facets()).isEqualTo(Map.of(
                        "area", Map.of("DIABETES", 2, "OBESITY", 1),
                        "type", Map.of("DEVICE", 2, "DRUG", 1),
                        "country", Map.of("CN", 1, "RU", 1)));
                assertThat(List.copyOf(some.facets().get("type").keySet())).containsExactly("DEVICE", "DRUG");

                FacetCounting.Counts all = searcher.search(new MatchAllDocsQuery(), new FacetCounting(ordinals));
                assertThat(all.total()).isEqualTo(4);
                assertThat(all.facets().get("area")).isEqualTo(Map.of("DIABETES", 2, "OBESITY", 2));
                assertThat(all.facets().get("country")).isEqualTo(Map.of("CN", 2, "RU", 1));
            }
        }
    }

    private static Document doc(String group, List<String> areas, String type, String country) {
        Document doc = new Document();
        doc.add(new StringField("group", group, Field.Store.NO));
        areas.forEach(area -> doc.add(new SortedSetDocValuesField("area", new BytesRef(area))));
        doc.add(new SortedSetDocValuesField("type", new BytesRef(type)));
        if (country != null) {
            doc.add(new SortedSetDocValuesField("country", new BytesRef(country)));
        }
        return doc;
    }
}
