package org.transferhub.needs;

import reactor.core.publisher.Mono;

/**
 * Told after a need was opened, edited, closed, matched or expired, so that derived views (the
 * matcher) update without the needs feature depending on them. Completes when the change is applied.
 */
public interface NeedChangeListener {

    Mono<Void> needChanged(Need need);
}
