package org.transferhub.database;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * mongo-java-server with its H2 backend, persisted in one file. Used in-process by the app and as a
 * standalone process by {@link EmbeddedMongoLauncher}. The oplog (what change streams read) is on
 * where another node may need it: always in the standalone server, in-process only when the app is
 * told to follow change streams. Otherwise it is off, because mongo-java-server writes a copy of
 * every changed document into it and {@link OplogTrimmer} must scan it every few seconds, which
 * costs the in-process database, whose only client never reads it, a good part of its writes.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final Path file;
    private final OplogTrimmer oplogTrimmer; // null without an oplog

    private EmbeddedMongo(MongoServer server, H2Backend backend, Path file, OplogTrimmer oplogTrimmer) {
        this.server = server;
        this.backend = backend;
        this.file = file;
        this.oplogTrimmer = oplogTrimmer;
    }

    /** Opens (or creates) the database file, with an oplog, and listens on 127.0.0.1; port 0 picks a free port. */
    public static EmbeddedMongo start(Path file, int port) {
        return start(file, port, true);
    }

    /** As {@link #start(Path, int)}, with the oplog (change streams) on or off. */
    public static EmbeddedMongo start(Path file, int port, boolean oplog) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory for " + file, e);
        }
        H2Backend backend = new DurableH2Backend(file.toAbsolutePath().toString());
        MongoServer server = new MongoServer(backend);
        try {
            if (oplog) {
                server.enableOplog();
            }
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        OplogTrimmer trimmer = oplog ? OplogTrimmer.start("mongodb://127.0.0.1:" + server.getLocalAddress().getPort(),
                OplogTrimmer.DEFAULT_RETENTION) : null;
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
        if (oplogTrimmer != null) {
            oplogTrimmer.close();
        }
        server.shutdownNow();
    }
}
