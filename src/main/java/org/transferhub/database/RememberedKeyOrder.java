package org.transferhub.database;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's key type for the unique indexes' maps, with the same order and the same bytes on disk, that
 * does not serialise a key on every comparison. mongo-java-server's index keys ({@link KeyValue}) are
 * not {@code Comparable}, so H2 orders them by their Java serialisation and serialised both keys at
 * every step of every binary search: about 17 steps per lookup at 100,000 keys, and a tenth of the
 * matching benchmark's recompute time (every upsert looks its {@code _id} up). The order must stay
 * exactly that of the serialised bytes, or existing data files would be searched in the wrong order;
 * so the bytes are kept, per key, for as long as the key object is in memory (the keys of loaded
 * pages are compared again and again; a looked-up key is serialised once instead of ~17 times).
 */
final class RememberedKeyOrder extends ObjectDataType {

    private final Map<KeyValue, byte[]> serialised = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue left && b instanceof KeyValue right) {
            return left == right ? 0 : compareNotNull(bytes(left), bytes(right));
        }
        return super.compare(a, b);
    }

    private byte[] bytes(KeyValue key) {
        byte[] known = serialised.get(key);
        if (known == null) {
            known = serialize(key);
            serialised.put(key, known);
        }
        return known;
    }
}
