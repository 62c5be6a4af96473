package org.transferhub.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferhub.search.SearchTestKit.listing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.search.SearchRequest;
import org.transferhub.search.SearchResult;
import org.transferhub.search.SearchTestKit;
import org.transferhub.search.SearchTestKit.FakeCatalog;

/** MongoDB is the truth: the index recovers from crashes, corruption and schema changes by itself. */
class IndexRecoveryTests {

    @TempDir
    Path dir;

    @Test
    void afterACrashNoPublishedListingIsMissingAndNoArchivedOneRemains() throws IOException {
        FakeCatalog catalog = new FakeCatalog();
        Path running = dir.resolve("running");
        Path crashImage = dir.resolve("crash");
        try (SearchTestKit node = new SearchTestKit(running, catalog)) {
            node.synchronizer.startUp().block();
            node.publish(List.of(insulinPump("a"), insulinPump("b")));
            node.synchronizer.catchUp().block();
            node.index.commit();
            // Changed after the last commit: searchable, but not yet durable when the process dies.
            catalog.save(archived(insulinPump("a")));
            node.publish(List.of(insulinPump("c")));
            node.synchronizer.listingsChanged(List.of("a")).block();
            assertThat(ids(node, "insulin pump")).containsExactlyInAnyOrder("b", "c");
            copy(running, crashImage); // what a kill -9 leaves on disk: the last commit
        }
        try (SearchTestKit restarted = new SearchTestKit(crashImage, catalog)) {
            assertThat(restarted.index.needsRebuild()).isFalse();
            restarted.synchronizer.startUp().block();

            assertThat(ids(restarted, "insulin pump")).containsExactlyInAnyOrder("b", "c");
        }
    }

    @Test
    void rebuildsAnIndexOfAnOlderSchema() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            Document stale = new Document();
            stale.add(new StringField("id", "stale", Field.Store.YES));
            writer.addDocument(stale);
            writer.setLiveCommitData(Map.of("schemaVersion", "0").entrySet());
            writer.commit();
        }
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            kit.catalog.save(insulinPump("fresh"));
            assertThat(kit.index.needsRebuild()).isTrue();

            kit.synchronizer.startUp().block();

            assertThat(kit.index.documentCount()).isEqualTo(1);
            assertThat(ids(kit, "insulin pump")).containsExactly("fresh");
            assertThat(kit.synchronizer.status().state()).isEqualTo("READY");
        }
    }

    @Test
    void rebuildsACorruptIndex() throws IOException {
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            kit.publish(List.of(insulinPump("x")));
            kit.index.commit();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4});
            }
        }
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            kit.catalog.save(insulinPump("x"));
            assertThat(kit.index.needsRebuild()).isTrue();
            kit.synchronizer.startUp().block();
            assertThat(ids(kit, "insulin pump")).containsExactly("x");
        }
    }

    @Test
    void rebuildDropsListingsTheCatalogNoLongerHas() {
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            kit.publish(List.of(insulinPump("keep"), insulinPump("gone")));
            kit.catalog.remove("gone");

            kit.synchronizer.rebuild().block();

            assertThat(ids(kit, "insulin pump")).containsExactly("keep");
        }
    }

    @Test
    void anOlderCopyArrivingLateNeverOverwritesANewerOne() {
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            IndexableListing newer = withVersion(archived(insulinPump("v")), 2);
            kit.catalog.save(newer);
            kit.synchronizer.listingsChanged(List.of("v")).block();
            kit.synchronizer.apply(insulinPump("v")); // version 1, published: stale
            kit.index.awaitSearchable(kit.index.upsertGeneration());

            assertThat(ids(kit, "insulin pump")).isEmpty();
        }
    }

    private static List<String> ids(SearchTestKit kit, String q) {
        return kit.engine.search(SearchRequest.simple(q, "en", 20)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static IndexableListing insulinPump(String id) {
        return listing(id, "en", "Insulin pump programme " + id, "Closed-loop insulin pump therapy", "");
    }

    private static IndexableListing archived(IndexableListing l) {
        return new IndexableListing(l.id(), l.reference(), "ARCHIVED", l.language(), l.original(), l.translations(),
                l.diseaseAreas(), l.technologyType(), l.trl(), l.transferModes(), l.providerInstitutionId(), l.providerName(),
                l.providerNameLatin(), l.providerCountry(), l.targetCountries(), l.trainingLanguages(), l.regulatoryStatus(),
                l.requirements(), l.publishedAt(), Instant.now(), l.version() + 1);
    }

    private static IndexableListing withVersion(IndexableListing l, long version) {
        return new IndexableListing(l.id(), l.reference(), l.status(), l.language(), l.original(), l.translations(),
                l.diseaseAreas(), l.technologyType(), l.trl(), l.transferModes(), l.providerInstitutionId(), l.providerName(),
                l.providerNameLatin(), l.providerCountry(), l.targetCountries(), l.trainingLanguages(), l.regulatoryStatus(),
                l.requirements(), l.publishedAt(), l.updatedAt(), version);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
