package org.transferhub.catalog;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

interface Reminders extends ReactiveMongoRepository<ListingReminder, String> {

    Flux<ListingReminder> findTop50ByInstitutionIdOrderByCreatedAtDesc(String institutionId);
}
