package org.transferhub.account;

import java.time.Instant;
import java.util.Set;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Creates the first admin from configuration when no admin exists. Safe with several nodes starting
 * at once: the unique username index lets exactly one insert win. Runs after the demo data, which
 * brings its own admin.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminProperties properties;
    private final Users users;
    private final PasswordPolicy passwords;

    AdminBootstrap(AdminProperties properties, Users users, PasswordPolicy passwords) {
        this.properties = properties;
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdmin().block();
    }

    Mono<Void> ensureAdmin() {
        return users.existsByRolesContaining(Role.ADMIN).flatMap(exists -> {
            if (exists) {
                return Mono.empty();
            }
            if (properties.password() == null || properties.password().isBlank()) {
                log.warn("No admin account exists and TRANSFERHUB_ADMIN_PASSWORD is not set: nobody can manage users");
                return Mono.empty();
            }
            passwords.problemWith(properties.password(), properties.username()).ifPresent(problem -> {
                throw new IllegalStateException("TRANSFERHUB_ADMIN_PASSWORD " + problem);
            });
            return passwords.hash(properties.password())
                    .map(hash -> User.create(new ObjectId().toHexString(), properties.username(), hash, "Administrator",
                            null, "en", Set.of(Role.ADMIN), null, Instant.now()))
                    .flatMap(users::insert)
                    .doOnNext(admin -> log.info("Created the first admin account '{}'", admin.username()))
                    .onErrorResume(DuplicateKeyException.class, e -> {
                        log.warn("An account named '{}' already exists (another node, or a non-admin user): "
                                + "no admin created", properties.username());
                        return Mono.empty();
                    })
                    .then();
        });
    }
}
