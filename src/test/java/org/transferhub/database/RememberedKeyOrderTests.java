package org.transferhub.database;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unique indexes' faster key type reads data files written with H2's own, in the same order. */
class RememberedKeyOrderTests {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenWithH2sKeyTypeIsFoundAndOrderedTheSame() {
        String file = dir.resolve("db.mv").toString();
        List<KeyValue> written = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            written.add(new KeyValue("need-" + (i * 7919 % 5_000) + ":listing-" + i));
            written.add(new KeyValue(i * 31L % 977, "x" + i));
        }
        List<KeyValue> orderBefore;
        try (MVStore store = MVStore.open(file)) {
            MVMap<KeyValue, Object> map = store.openMap("c._index_pairs");
            written.forEach(key -> map.put(key, key.toString()));
            store.commit();
            orderBefore = new ArrayList<>(map.keySet());
        }
        try (MVStore store = MVStore.open(file)) {
            MVMap<KeyValue, Object> remembered = store.openMap("c._index_pairs",
                    new MVMap.Builder<KeyValue, Object>().keyType(new RememberedKeyOrder()));
            MVMap<KeyValue, Object> asH2DatabaseOpensIt = store.openMap("c._index_pairs");

            assertThat(asH2DatabaseOpensIt).isSameAs(remembered);
            assertThat(new ArrayList<>(remembered.keySet())).isEqualTo(orderBefore);
            for (KeyValue key : written) {
                assertThat(remembered.get(new KeyValue(key.stream().toArray()))).isEqualTo(key.toString());
            }
            assertThat(remembered.get(new KeyValue("need-0:listing-none"))).isNull();
            remembered.put(new KeyValue("need-new:listing-new"), "new");
            remembered.remove(written.getFirst());
            store.commit();
        }
        try (MVStore store = MVStore.open(file)) {
            MVMap<KeyValue, Object> plain = store.openMap("c._index_pairs");
            assertThat(plain.get(new KeyValue("need-new:listing-new"))).isEqualTo("new");
            assertThat(plain.get(written.getFirst())).isNull();
            assertThat(plain.get(written.get(1))).isEqualTo(written.get(1).toString());
        }
    }
}
