package org.transferhub.database;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A non-unique index for the embedded database, which otherwise accepts such indexes and ignores
 * them ("adding secondary index … is not yet implemented"), so that every query by a field such as
 * {@code needId}, {@code transferId} or {@code userId} read and deserialised the whole collection under
 * its lock. Kept in memory and built by reading the collection when the database opens (the H2 file
 * stays as mongo-java-server writes it, so nothing new can be corrupted by a crash).
 *
 * <p>It indexes the first key of its definition (for a compound index, the leading field), and only
 * narrows: {@link #candidates} returns a superset of the documents that can match, and the collection
 * still matches the whole query against each of them ({@link IndexFirstH2Collection}). Equality,
 * {@code $eq}, {@code $in} and ranges on scalar values are answered; anything else (null, missing,
 * sub-documents, regular expressions, {@code $ne}, {@code $exists}) is not, and the collection scans
 * as before. Values in arrays are indexed element by element, as MongoDB matches them.
 *
 * <p>The collection calls every method while holding its own lock, so no further locking is needed.
 * {@link #canHandle} says no, so that mongo-java-server's own index choice never picks this index
 * without the selectivity check the collection makes first.
 */
final class InMemorySecondaryIndex extends Index<Object> {

    private static final Set<String> OPERATORS = Set.of("$eq", "$in", "$gt", "$gte", "$lt", "$lte");

    private final String[] path;
    private final NavigableMap<Object, Set<Object>> positionsByValue = new TreeMap<>(ValueComparator.ascWithoutListHandling());
    private long documents;
    /** False until the collection first reads through it and fills it ({@link #build}); until then writes skip it. */
    private boolean built;

    InMemorySecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.path = keys.getFirst().getKey().split("\\.");
    }

    /** The positions of the documents whose indexed field may satisfy this query, or null when it cannot tell. */
    Collection<Object> candidates(Document query) {
        Object condition = query.get(String.join(".", path));
        if (isScalar(condition)) {
            return positionsByValue.getOrDefault(condition, Set.of());
        }
        if (!(condition instanceof Document operators) || operators.isEmpty()
                || !OPERATORS.containsAll(operators.keySet())) {
            return null;
        }
        if (operators.get("$eq") != null) {
            return isScalar(operators.get("$eq")) ? positionsByValue.getOrDefault(operators.get("$eq"), Set.of()) : null;
        }
        if (operators.containsKey("$in")) {
            return operators.size() == 1 ? in(operators.get("$in")) : null;
        }
        return range(operators);
    }

    private Collection<Object> in(Object values) {
        if (!(values instanceof Collection<?> list) || !list.stream().allMatch(InMemorySecondaryIndex::isScalar)) {
            return null;
        }
        Set<Object> found = new LinkedHashSet<>();
        list.forEach(value -> found.addAll(positionsByValue.getOrDefault(value, Set.of())));
        return found;
    }

    private Collection<Object> range(Document operators) {
        Object from = operators.containsKey("$gte") ? operators.get("$gte") : operators.get("$gt");
        Object to = operators.containsKey("$lte") ? operators.get("$lte") : operators.get("$lt");
        if ((from != null && !isScalar(from)) || (to != null && !isScalar(to))
                || (operators.containsKey("$gt") && operators.containsKey("$gte"))
                || (operators.containsKey("$lt") && operators.containsKey("$lte"))) {
            return null;
        }
        // Bounds inclusive on both ends: a superset is enough, the query itself decides at the edges.
        NavigableMap<Object, Set<Object>> within = positionsByValue;
        if (from != null) {
            within = within.tailMap(from, true);
        }
        if (to != null) {
            within = within.headMap(to, true);
        }
        List<Object> found = new ArrayList<>();
        within.values().forEach(found::addAll);
        return found;
    }

    /** How many documents the index holds: the collection compares candidates with it before using them. */
    long documents() {
        return documents;
    }

    boolean isBuilt() {
        return built;
    }

    /** Fills the index from every document of the collection, as (position, document) pairs. */
    void build(Iterable<Map.Entry<Object, Document>> all) {
        positionsByValue.clear();
        documents = 0;
        built = true;
        for (Map.Entry<Object, Document> entry : all) {
            add(entry.getValue(), entry.getKey(), null);
        }
    }

    private static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof ObjectId || value instanceof Instant || value instanceof Date
                || value instanceof UUID;
    }

    private static Object positionOf(Document document) {
        return Missing.ofNullable(document.get("_id")); // H2Collection's position is the document's _id
    }

    private Set<Object> indexedValues(Document document) {
        Set<Object> values = new LinkedHashSet<>();
        collect(document, 0, values);
        return values;
    }

    private void collect(Object value, int depth, Set<Object> values) {
        if (value instanceof Collection<?> list) {
            list.forEach(element -> collect(element, depth, values));
        } else if (depth == path.length) {
            if (isScalar(value)) {
                values.add(value);
            }
        } else if (value instanceof Document document) {
            collect(document.get(path[depth]), depth + 1, values);
        }
    }

    @Override
    public Object getPosition(Document document) {
        return null; // the _id index answers where a document is
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // never a constraint: not unique
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (!built) {
            return;
        }
        for (Object value : indexedValues(document)) {
            positionsByValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position);
        }
        documents++;
    }

    @Override
    public Object remove(Document document) {
        Object position = positionOf(document);
        if (!built) {
            return position;
        }
        for (Object value : indexedValues(document)) {
            Set<Object> positions = positionsByValue.get(value);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
        documents--;
        return position;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // see the class comment: the collection asks candidates() itself
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        Collection<Object> candidates = candidates(query);
        if (candidates == null) {
            throw new UnsupportedOperationException("Query not answerable from " + getName() + ": " + query);
        }
        return candidates;
    }

    @Override
    public long getCount() {
        return documents;
    }

    /** Never "empty": mongo-java-server would fill it with a scan per index; the collection builds all at once. */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // never a constraint: not unique
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        if (!built) {
            return;
        }
        Set<Object> before = indexedValues(oldDocument);
        Set<Object> after = indexedValues(newDocument);
        if (before.equals(after)) {
            return;
        }
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        positionsByValue.clear();
        documents = 0;
        built = false;
    }

    static boolean indexable(List<IndexKey> keys) {
        return !keys.isEmpty() && java.util.Arrays.stream(keys.getFirst().getKey().split("\\."))
                .noneMatch(segment -> segment.isEmpty() || segment.startsWith("$") || segment.chars().allMatch(Character::isDigit));
    }

    @Override
    public String toString() {
        return "InMemorySecondaryIndex[" + getName() + " on " + String.join(".", path) + ", " + documents + " documents]";
    }
}
