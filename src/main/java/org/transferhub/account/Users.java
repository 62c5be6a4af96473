package org.transferhub.account;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;
import reactor.core.publisher.Mono;

/** The user accounts. */
public interface Users extends ReactiveMongoRepository<User, String> {

    Mono<User> findByUsernameKey(String usernameKey);

    Mono<Boolean> existsByUsernameKey(String usernameKey);

    Mono<Boolean> existsByRolesContaining(Role role);
}
