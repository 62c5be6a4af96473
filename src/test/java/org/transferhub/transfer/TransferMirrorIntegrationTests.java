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

    static Transfer transfer(String id, String requester, TransferStatus status, Instant created, long version) {
        Transfer t = transfer(id, status, version);
        return new Transfer(t.id(), t.listingId(), t.snapshot(), requester, t.requesterCountry(),
                t.providerInstitutionId(), t.needId(), t.application(), status, null, null, null, null, null, null,
                null, null, Map.of(), List.of(), "user", created, created, null, null, null, null, null, version);
    }

    @Test
    void pagesAPartysTransfersInOrderAndFollowsStatusChanges() {
        String requester = "inst-" + new ObjectId().toHexString();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = new ObjectId().toHexString();
            ids.add(id);
            mirror.put(transfer(id, requester, i % 2 == 0 ? TransferStatus.SUBMITTED : TransferStatus.ACCEPTED,
                    Instant.parse("2026-06-01T00:00:00Z").plusSeconds(3600L * i), 0));
        }
        mirror.put(transfer(new ObjectId().toHexString(), "inst-other", TransferStatus.SUBMITTED,
                Instant.parse("2026-07-01T00:00:00Z"), 0));
        java.util.Comparator<TransferFact> newest = java.util.Comparator.comparing(TransferFact::createdAt).reversed();
        var mine = new TransferMirror.Selection.RequestedBy(requester);

        List<String> all = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            all.addAll(mirror.page(mine, f -> true, newest, page * 3L, 3).block());
        }
        assertThat(all).containsExactlyElementsOf(ids.reversed());
        assertThat(mirror.page(mine, f -> f.status() == TransferStatus.SUBMITTED, newest, 0, 10).block())
                .containsExactly(ids.get(6), ids.get(4), ids.get(2), ids.get(0));

        mirror.put(transfer(ids.get(0), requester, TransferStatus.APPROVED, Instant.parse("2026-06-01T00:00:00Z"), 1));
        var approved = new TransferMirror.Selection.InStatus(java.util.Set.of(TransferStatus.APPROVED));
        assertThat(mirror.page(approved, f -> requester.equals(f.requesterInstitutionId()), newest, 0, 10).block())
                .containsExactly(ids.get(0));
        var submitted = new TransferMirror.Selection.InStatus(java.util.Set.of(TransferStatus.SUBMITTED));
        assertThat(mirror.page(submitted, f -> requester.equals(f.requesterInstitutionId()), newest, 0, 10).block())
                .containsExactly(ids.get(6), ids.get(4), ids.get(2));
    }
}
