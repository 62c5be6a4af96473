package org.transferhub.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.transferhub.search.analysis.IndexFields;

/**
 * The Lucene index: writer, near-real-time searcher and durability. Searchability comes from a
 * reopen thread (at most about 1 s stale, immediate for callers that wait for their generation);
 * durability from commits on a timer and at shutdown, each carrying the schema version and the time
 * up to which the index is known to follow MongoDB. Every method blocks: call it off the event loop.
 */
public class SearchIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String SCHEMA = "schemaVersion";
    private static final String SYNCED_UP_TO = "syncedUpTo";

    private final Path path;
    private final Analyzer analyzer;
    private final SearchProperties properties;

    private volatile Directory directory;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private volatile ScheduledExecutorService committer;
    private volatile boolean needsRebuild;
    /**
     * Runs every document write. An interrupt inside Lucene's file I/O closes the write lock's channel and
     * with it the IndexWriter, for good; Reactor interrupts a worker thread when its subscription is
     * cancelled (e.g. a sibling failing inside a flatMap). Nobody interrupts these threads.
     */
    /** As many concurrent writes as cores: IndexWriter inverts documents on the calling threads. */
    public static final int WRITE_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final ExecutorService writes = idleEnding(new ThreadPoolExecutor(WRITE_THREADS, WRITE_THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread thread = new Thread(r, "search-index-write");
                thread.setDaemon(true);
                return thread;
            }));

    private static ThreadPoolExecutor idleEnding(ThreadPoolExecutor pool) {
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
    private volatile Instant syncedUpTo = Instant.EPOCH;

    public SearchIndex(Path path, Analyzer analyzer, SearchProperties properties) {
        this.path = path;
        this.analyzer = analyzer;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            IndexWriterConfig.OpenMode mode = inspectExistingIndex();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, true, false, null);
            reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.01);
            reopener.setName("search-index-reopen");
            reopener.setDaemon(true);
            reopener.start();
            committer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "search-index-commit");
                thread.setDaemon(true);
                return thread;
            });
            long every = properties.commitInterval().toMillis();
            committer.scheduleWithFixedDelay(this::commitQuietly, every, every, TimeUnit.MILLISECONDS);
            log.info("Search index open at {} ({}, {} documents{})", path, mode, documentCount(),
                    needsRebuild ? ", rebuild needed" : "");
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            throw new IllegalStateException("Cannot open the search index at " + path, e);
        }
    }

    /** Reads the last commit: keep it (APPEND) or start over (CREATE) when missing, corrupt or outdated. */
    private IndexWriterConfig.OpenMode inspectExistingIndex() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                needsRebuild = true;
                return IndexWriterConfig.OpenMode.CREATE;
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!String.valueOf(IndexFields.SCHEMA_VERSION).equals(data.get(SCHEMA))) {
                log.warn("Search index schema {} is not {}: rebuilding", data.get(SCHEMA), IndexFields.SCHEMA_VERSION);
                needsRebuild = true;
                return IndexWriterConfig.OpenMode.CREATE;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.numDocs(); // opening the segments proves they are readable
            }
            syncedUpTo = Instant.parse(data.getOrDefault(SYNCED_UP_TO, Instant.EPOCH.toString()));
            return IndexWriterConfig.OpenMode.APPEND;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index at {} is unreadable ({}): rebuilding", path, e.toString());
            needsRebuild = true;
            wipe(); // even CREATE reads the old commit point; a corrupt one must go
            return IndexWriterConfig.OpenMode.CREATE;
        }
    }

    private void wipe() {
        try {
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the corrupt search index at " + path, e);
        }
    }

    /** Adds or replaces the listing's document; returns the generation to wait for. */
    public long upsert(String id, Document doc) {
        IndexWriter current = writer;
        return uninterruptibly(() -> current.updateDocument(new Term(IndexFields.ID, id), doc));
    }

    public long delete(String id) {
        IndexWriter current = writer;
        return uninterruptibly(() -> current.deleteDocuments(new Term(IndexFields.ID, id)));
    }

    /**
     * Merges the index into one segment. Done after a full rebuild: a search pays per segment (term
     * lookups, scorer set-up), and one segment answered the benchmark's queries ~20 % faster than the
     * eight a rebuild leaves; merging 100,000 listings takes a few seconds. Searches go on meanwhile
     * on the segments they hold.
     */
    public void compact() {
        IndexWriter current = writer;
        uninterruptibly(() -> {
            current.forceMerge(1);
            return current.getMaxCompletedSequenceNumber();
        });
    }

    /** Runs the write on a thread nobody interrupts; an interrupt of the caller is kept for after. */
    private long uninterruptibly(Callable<Long> write) {
        Future<Long> result = writes.submit(write);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The generation of the latest change, to wait for everything written so far. */
    public long upsertGeneration() {
        return writer.getMaxCompletedSequenceNumber();
    }

    /** Blocks until changes up to this generation are searchable. */
    public void awaitSearchable(long generation) {
        try {
            reopener.waitForGeneration(generation);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the index", e);
        }
    }

    /** Runs a read against a current searcher, released afterwards whatever happens. */
    public <T> T read(IndexRead<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    public interface IndexRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    public int documentCount() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    public boolean needsRebuild() {
        return needsRebuild;
    }

    public Instant syncedUpTo() {
        return syncedUpTo;
    }

    /** Records that every change before {@code time} has been applied (written at the next commit). */
    public void markSynced(Instant time, boolean rebuilt) {
        syncedUpTo = time;
        if (rebuilt) {
            needsRebuild = false;
        }
    }

    public synchronized void commit() {
        try {
            if (writer != null && writer.isOpen()) {
                Map<String, String> data = new HashMap<>();
                data.put(SCHEMA, String.valueOf(IndexFields.SCHEMA_VERSION));
                data.put(SYNCED_UP_TO, syncedUpTo.toString());
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitQuietly() {
        try {
            if (!needsRebuild) { // a half-built index must not be committed as complete
                commit();
            }
        } catch (RuntimeException e) {
            log.warn("Search index commit failed; will retry", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (committer != null) {
            committer.shutdownNow();
        }
        commitQuietly();
        closeQuietly();
    }

    private void closeQuietly() {
        for (AutoCloseable closeable : new AutoCloseable[] {reopener, searchers, writer, directory}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                log.warn("Closing the search index: {}", e.toString());
            }
        }
        reopener = null;
        searchers = null;
        writer = null;
        directory = null;
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    @Override
    public int getPhase() {
        return 0; // before the web server (which starts later) and the synchronizer
    }
}
