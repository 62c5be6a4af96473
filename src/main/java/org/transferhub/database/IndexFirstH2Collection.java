package org.transferhub.database;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that reads through its indexes where mongo-java-server would scan:
 * <ul>
 * <li>a unique index whenever the query pins that index's keys, also when the query has further
 *     conditions. mongo-java-server uses an index only for a query made of exactly the index's keys,
 *     so a guarded update such as {@code {_id, status, version}} scanned and deserialised the whole
 *     collection while holding the collection's lock: at 50,000 transfers each state change took ~2 s
 *     and every other read of the collection queued behind it;
 * <li>otherwise the most selective {@link InMemorySecondaryIndex} (the non-unique indexes
 *     mongo-java-server ignores), when it narrows the collection to a quarter or less; above that a
 *     scan in storage order reads the same documents more cheaply.
 * </ul>
 * Either way the index only narrows the candidates and the full query is still matched against each
 * of them, in storage ({@code _id}) order as a scan would return them, so the answer is the scan's.
 */
final class IndexFirstH2Collection extends H2Collection {

    /** Use a secondary index only when it leaves at most 1/SCAN_RATIO of the documents. */
    private static final int SCAN_RATIO = 4;

    private final MVMap<Object, Document> dataMap;

    IndexFirstH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
    }

    /**
     * A non-unique index created on an empty collection (a new database, a new feature) is kept from
     * its first write on, instead of being built by reading the whole collection on its first read.
     * A collection opened with documents still builds it on the first read that could use it.
     */
    @Override
    public synchronized void addIndex(Index<Object> index) {
        super.addIndex(index);
        if (index instanceof InMemorySecondaryIndex secondary && !secondary.isBuilt() && dataMap.isEmpty()) {
            secondary.build(List.of());
        }
    }

    @Override
    protected synchronized QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
            int batchSize, Document fieldSelector) {
        for (Index<Object> index : getIndexes()) {
            Document pinned = pinnedKeys(query, index);
            if (pinned != null && pinned.size() < query.size() && index.canHandle(pinned)) {
                return matchDocuments(query, index.getPositions(pinned), orderBy, numberToSkip, limit, batchSize,
                        fieldSelector);
            }
        }
        Collection<Object> narrowest = null;
        for (Document conjunct : conjuncts(query, new ArrayList<>())) {
            for (Index<Object> index : getIndexes()) {
                if (index instanceof InMemorySecondaryIndex secondary) {
                    Collection<Object> candidates = candidates(secondary, conjunct);
                    if (candidates != null && (long) candidates.size() * SCAN_RATIO <= secondary.documents()
                            && (narrowest == null || candidates.size() < narrowest.size())) {
                        narrowest = candidates;
                    }
                }
            }
        }
        if (narrowest != null) {
            return matchDocuments(query, inStorageOrder(narrowest), orderBy, numberToSkip, limit, batchSize,
                    fieldSelector);
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * The query and the members of its {@code $and}s, each of which every match satisfies: candidates for
     * any one of them are candidates for the whole ({@code {$and: [{a: 1}, {b: 2}]}} is how the driver
     * writes two conditions, and how Spring writes two on the same field).
     */
    private static List<Document> conjuncts(Document query, List<Document> into) {
        into.add(query);
        if (query.get("$and") instanceof List<?> members) {
            for (Object member : members) {
                if (member instanceof Document document) {
                    conjuncts(document, into);
                }
            }
        }
        return into;
    }

    private Collection<Object> candidates(InMemorySecondaryIndex index, Document query) {
        if (!index.isBuilt()) {
            index.build(dataMap.entrySet()); // once per opening of the database, on the first read that could use it
        }
        return index.candidates(query);
    }

    private List<Object> inStorageOrder(Collection<Object> positions) {
        List<Object> ordered = new ArrayList<>(positions);
        ordered.sort(dataMap.getKeyType()::compare);
        return ordered;
    }

    /** The part of the query on this unique index's keys, or null when the query leaves one of them open. */
    private static Document pinnedKeys(Document query, Index<Object> index) {
        if (!index.isUnique()) {
            return null;
        }
        Document pinned = new Document();
        for (IndexKey indexKey : index.getKeys()) {
            String key = indexKey.getKey();
            if (!query.containsKey(key)) {
                return null;
            }
            pinned.put(key, query.get(key));
        }
        return pinned;
    }
}
