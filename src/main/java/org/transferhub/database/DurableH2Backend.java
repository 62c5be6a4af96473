package org.transferhub.database;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
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
 */
final class DurableH2Backend extends H2Backend {

    private static final int KEYS_PER_PAGE = 16;

    DurableH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).keysPerPage(KEYS_PER_PAGE).compress().open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document answer = super.handleCommand(channel, databaseName, command, query);
        MVStore store = getMvStore();
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
        return answer;
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
