package org.transferhub.needs;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

/** The stored needs. */
public interface Needs extends ReactiveMongoRepository<Need, String> {

    Flux<Need> findByInstitutionIdOrderByUpdatedAtDesc(String institutionId);

    Flux<Need> findByStatus(NeedStatus status);

    /** Needs changed since then, whatever their status (every change sets updatedAt). */
    Flux<Need> findByUpdatedAtGreaterThanEqual(java.time.Instant since);
}
