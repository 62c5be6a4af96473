package org.transferhub.matching;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The staff operations' public face for the web layer (the job and figures types stay package-private). */
@Component
public class MatchingStaff {

    private final FullRecompute recompute;
    private final Brokering brokering;
    private final MatchingProperties properties;

    MatchingStaff(FullRecompute recompute, Brokering brokering, MatchingProperties properties) {
        this.recompute = recompute;
        this.brokering = brokering;
        this.properties = properties;
    }

    public Mono<Object> startRecompute(String staffUserId) {
        return recompute.start(staffUserId).cast(Object.class);
    }

    public Mono<Object> recomputeStatus() {
        return recompute.status().cast(Object.class);
    }

    public Mono<Object> brokering(Integer threshold) {
        return brokering.figures(threshold == null ? properties.goodMatch() : threshold).cast(Object.class);
    }
}
