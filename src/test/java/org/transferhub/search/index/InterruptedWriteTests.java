package org.transferhub.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferhub.search.SearchTestKit;
import org.transferhub.search.analysis.IndexFields;

/**
 * Reactor interrupts a worker thread when its subscription is cancelled. Found by the import
 * benchmark (docs/benchmarks.md): an interrupt inside Lucene's file I/O closed the IndexWriter for
 * the rest of the process, and nothing imported afterwards became searchable.
 */
class InterruptedWriteTests {

    @TempDir
    Path dir;

    @Test
    void anInterruptedIndexingThreadLeavesTheIndexWritable() {
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            Thread.currentThread().interrupt();
            kit.index.upsert("a", document("a"));
            assertThat(Thread.interrupted()).as("the caller's interrupt is kept").isTrue();

            long generation = kit.index.upsert("b", document("b"));
            kit.index.awaitSearchable(generation);

            assertThat(kit.index.documentCount()).isEqualTo(2);
        }
    }

    private static Document document(String id) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        return doc;
    }
}
