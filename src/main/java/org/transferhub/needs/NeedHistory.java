package org.transferhub.needs;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Flux;

interface NeedHistory extends ReactiveMongoRepository<NeedRevision, String> {

    Flux<NeedRevision> findByNeedIdOrderByAtAsc(String needId);
}
