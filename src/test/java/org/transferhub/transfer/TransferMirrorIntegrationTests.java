package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.transferhub.testing.IntegrationTest;

/**
 * The in-memory copy of the transfers the dashboard and the lists read follows the collection: this
 * node's writes at once, writes made behind its back (another node) with the next reload (or the
 * change stream on MongoDB), and a late, older version never replaces a newer one.
 */
@IntegrationTest
class TransferMirrorIntegrationTests {

    @Autowired ReactiveMongoTemplate mongo;
    @Autowired TransferMirror mirror;
    @Autowired TransferRecords records;
    @Autowired Transfers transfers;

    static Transfer transfer(String id, TransferStatus status, long version) {
        Instant created = Instant.parse("2026-05-01T10:00:00Z");
        return new Transfer(id, "listing-" + id, new Transfer.ListingSnapshot("REF-1", "Insulin pump", "Provider",
                "CN", List.of("DIABETES"), "MEDICAL_DEVICE"), "inst-req", "UZ", "inst-prov", null,
                new Transfer.Application("use", List.of(), 100, List.of(), 10, 5, "TRAINING", "soon"), status, null,
                null, null, null, null, null, null, null, Map.of(), List.of(), "user", created, created, null, null, null,
                null, null, version);
    }

    TransferFact fact(String id) {
        return records.facts().filter(f -> f.id().equals(id)).next().block();
    }

    @Test
    void picksUpWritesMadeByAnotherNodeOnReload() {
        String id = new ObjectId().toHexString();

        mongo.insert(transfer(id, TransferStatus.SUBMITTED, 0)).block();   // not through Transfers: another node
        mirror.reload().block();   // the periodic reload; on MongoDB the change stream brings it within a second
        assertThat(fact(id).status()).isEqualTo(TransferStatus.SUBMITTED);

        mongo.findAndModify(query(where("_id").is(id)), new Update().set("status", TransferStatus.ACCEPTED).inc("version", 1),
                Transfer.class).block();
        mirror.reload().block();
        assertThat(fact(id).status()).isEqualTo(TransferStatus.ACCEPTED);
    }

    @Test
    void readsItsOwnWritesAtOnce() {
        String id = new ObjectId().toHexString();
        Transfer inserted = transfers.insert(transfer(id, TransferStatus.SUBMITTED, 0)).block();

        transfers.updateIf(where("_id").is(id), new Update().set("status", TransferStatus.ACCEPTED)).block();

        assertThat(inserted).isNotNull();
        assertThat(fact(id).status()).isEqualTo(TransferStatus.ACCEPTED);
    }

    @Test
    void keepsTheNewestVersionWhateverOrderVersionsArriveIn() {
        String id = new ObjectId().toHexString();

        mirror.put(transfer(id, TransferStatus.APPROVED, 3));
        mirror.put(transfer(id, TransferStatus.ACCEPTED, 2));   // e.g. a change event read before the newer write

        assertThat(fact(id).status()).isEqualTo(TransferStatus.APPROVED);
    }
}
