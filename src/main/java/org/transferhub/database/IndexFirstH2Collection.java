package org.transferhub.database;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that answers from a unique index whenever the query pins that index's keys, also
 * when the query has further conditions. mongo-java-server uses an index only for a query made of
 * exactly the index's keys, so a guarded update such as {@code {_id, status, version}} scanned and
 * deserialised the whole collection while holding the collection's lock: at 50,000 transfers each
 * state change took ~2 s and every other read of the collection queued behind it. Here the index
 * narrows the candidates and the full query is still matched against each of them, so the answer is
 * the same as the scan's.
 */
final class IndexFirstH2Collection extends H2Collection {

    IndexFirstH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        for (Index<Object> index : getIndexes()) {
            Document pinned = pinnedKeys(query, index);
            if (pinned != null && pinned.size() < query.size() && index.canHandle(pinned)) {
                return matchDocuments(query, index.getPositions(pinned), orderBy, numberToSkip, limit, batchSize,
                        fieldSelector);
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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
