package org.transferhub.catalog;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

/** The stored listings. Guarded multi-field updates live in the services that need them. */
interface Listings extends ReactiveMongoRepository<Listing, String> {

    Flux<Listing> findByProviderInstitutionId(String institutionId, Sort sort);

    Flux<Listing> findByAwaitingReviewSinceNotNull(Sort sort);
}
