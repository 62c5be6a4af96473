package org.transferhub.transfer;

import java.time.Instant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Read-only access to all transfers as flat facts, for the goals dashboard and exports: every
 * transfer, from this node's in-memory copy of the collection ({@link TransferMirror}); figures are
 * computed from these each time, so they cannot drift from the data.
 */
@Component
public class TransferRecords {

    private final TransferMirror mirror;
    private final TransferService service;

    TransferRecords(TransferMirror mirror, TransferService service) {
        this.mirror = mirror;
        this.service = service;
    }

    public Flux<TransferFact> facts() {
        return mirror.facts(service.now());
    }

    /** The time the figures are computed at (the application's clock). */
    public Instant now() {
        return service.now();
    }
}
