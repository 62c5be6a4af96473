package org.transferhub.database;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * mongo-java-server with its H2 backend, persisted in one file, with the oplog on so that change
 * streams work. Used in-process by the app and as a standalone process by {@link EmbeddedMongoLauncher}.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final Path file;
    private final OplogTrimmer oplogTrimmer;

    private EmbeddedMongo(MongoServer server, H2Backend backend, Path file, OplogTrimmer oplogTrimmer) {
        this.server = server;
        this.backend = backend;
        this.file = file;
        this.oplogTrimmer = oplogTrimmer;
    }

    /** Opens (or creates) the database file and listens on 127.0.0.1; port 0 picks a free port. */
    public static EmbeddedMongo start(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory for " + file, e);
        }
        H2Backend backend = new DurableH2Backend(file.toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.enableOplog();
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        OplogTrimmer trimmer = OplogTrimmer.start("mongodb://127.0.0.1:" + server.getLocalAddress().getPort(),
                OplogTrimmer.DEFAULT_RETENTION);
        return new EmbeddedMongo(server, backend, file, trimmer);
    }

    public int port() {
        InetSocketAddress address = server.getLocalAddress();
        return address.getPort();
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + port() + "/" + database;
    }

    public Path file() {
        return file;
    }

    /** Flushes pending writes to the file; every write command already does this before it answers. */
    public void commit() {
        backend.commit();
    }

    @Override
    public void close() {
        oplogTrimmer.close();
        server.shutdownNow();
    }
}
