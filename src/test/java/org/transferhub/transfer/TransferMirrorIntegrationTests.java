package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
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
 * The in-memory copy of the transfers the dashboard reads follows the collection: writes made
 * behind this node's back (another node) arrive through the change stream (inserts and deletes on
 * the embedded database, which reports no findAndModify) or the next reload, and a late, older
 * version never replaces a newer one.
 */
@IntegrationTest
class TransferMirrorIntegrationTests {

    @Autowired ReactiveMongoTemplate mongo;
    @Autowired TransferMirror mirror;
    @Autowired TransferRecords records;

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
    void followsWritesMadeByAnotherNode() {
        String id = new ObjectId().toHexString();

        mongo.insert(transfer(id, TransferStatus.SUBMITTED, 0)).block();   // not through Transfers: another node
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fact(id)).isNotNull());

        mongo.findAndModify(query(where("_id").is(id)), new Update().set("status", TransferStatus.ACCEPTED).inc("version", 1),
                Transfer.class).block();
        mirror.reload().block();   // the periodic reload; on MongoDB the change stream brings it sooner
        assertThat(fact(id).status()).isEqualTo(TransferStatus.ACCEPTED);

        mongo.remove(query(where("_id").is(id)), Transfer.class).block();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fact(id)).isNull());
    }

    @Test
    void keepsTheNewestVersionWhateverOrderVersionsArriveIn() {
        String id = new ObjectId().toHexString();

        mirror.put(transfer(id, TransferStatus.APPROVED, 3));
        mirror.put(transfer(id, TransferStatus.ACCEPTED, 2));   // e.g. a change event read before the newer write

        assertThat(fact(id).status()).isEqualTo(TransferStatus.APPROVED);
    }
}
