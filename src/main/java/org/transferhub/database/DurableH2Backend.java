package org.transferhub.database;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to keep what it acknowledges. Out of the box H2 writes its
 * changes to the file about once a second, so a kill -9 loses the writes of the last second that
 * clients were already told had succeeded; and a normal close compacts the file with H2's safety
 * margin (retention time) switched off, so a kill during shutdown risks a file that no longer opens
 * ("Chunk … not found", seen once after a killed bulk import).
 *
 * <p>Here every command that changed something is committed to the file before its answer goes out;
 * concurrent writers wait on one store lock, so they share commits. A commit per write means many small
 * chunks, and H2 keeps freed chunks for its 45 s retention time: smaller pages (16 keys instead of 48)
 * and LZF compression keep that overhead to a few times the data (docs/benchmarks.md, "Embedded
 * database writes"). Closing only commits; compaction is left to H2's background housekeeping, which
 * keeps the retention margin. {@code KillDashNineTests} kills the server during writes and during
 * shutdown to hold all this.
 *
 * <p>Two more things happen here: its collections read through their indexes, unique ones whenever a
 * query pins their keys and non-unique ones (kept in memory: {@link InMemorySecondaryIndex}) when they
 * narrow the collection enough ({@link IndexFirstH2Collection}), and commands slower than
 * {@code -Dtransferhub.embedded.slow-command-ms} (200 ms) are logged ({@link SlowCommands}).
 */
final class DurableH2Backend extends H2Backend {

    private static final int KEYS_PER_PAGE = 16;
    /**
     * H2's housekeeping rewrites sparse chunks under the store lock, up to an amount derived from this
     * buffer (19 × its size), and every commit waits for it. At H2's default (1 MB) a pass after a
     * matching recompute (400,000 writes) held the lock for 2.2–2.8 s, stalling the next publish; a
     * smaller buffer makes more, shorter passes. We commit every write ourselves, so the buffer never
     * decides when data reaches the file.
     */
    private static final int AUTO_COMMIT_BUFFER_KB = 128;

    DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).keysPerPage(KEYS_PER_PAGE).autoCommitBufferSize(AUTO_COMMIT_BUFFER_KB)
                .compress().open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        long started = System.nanoTime();
        Document answer = super.handleCommand(channel, databaseName, command, query);
        MVStore store = getMvStore();
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
        SlowCommands.report(command, query, System.nanoTime() - started);
        return answer;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexFirstH2Database(databaseName);
    }

    /**
     * H2's database with {@link IndexFirstH2Collection}s. An inner class because H2Database opens
     * its existing collections in its constructor, before a subclass could have set a field: the
     * store is reached through the enclosing backend, which javac sets first.
     */
    private final class IndexFirstH2Database extends H2Database {

        IndexFirstH2Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            // the map names H2Database itself uses, so existing data files open unchanged
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> dataMap = getMvStore().openMap("databases." + namespace);
            MVMap<String, Object> metaMap = getMvStore().openMap("meta." + namespace);
            return new IndexFirstH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        /**
         * H2Database opens the index's map by name; opened here first with {@link RememberedKeyOrder}
         * as its key type, the store hands H2Database this same map (same name, same bytes on disk).
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(new RememberedKeyOrder()));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            return InMemorySecondaryIndex.indexable(keys) ? new InMemorySecondaryIndex(indexName, keys, sparse)
                    : super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }
    }

    @Override
    public void close() {
        MVStore store = getMvStore();
        if (!store.isClosed()) {
            store.commit();
            store.closeImmediately(); // no compaction on the way out: see the class comment
        }
        super.close(); // the store is already closed, so this only forgets the open databases
    }
}
