package org.transferhub.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.transferhub.account.PasswordPolicy;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.account.Users;
import org.transferhub.database.EmbeddedMongo;
import org.transferhub.institution.Institution;
import org.transferhub.institution.InstitutionRegistry;
import org.transferhub.institution.NewInstitution;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Demo data for trying TransferHub out: institutions from several SCO countries, one account per
 * role (passwords in the README) and published listings of those institutions ({@link DemoListings}). Seeded only on the embedded database, only when it is empty, and
 * only with {@code TRANSFERHUB_DEMO} on (the default): a real MongoDB is never touched.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final ObjectProvider<EmbeddedMongo> embedded;
    private final ReactiveMongoTemplate mongo;
    private final InstitutionRegistry institutions;
    private final Users users;
    private final PasswordPolicy passwords;
    private final DemoListings listings;

    DemoData(@Value("${transferhub.demo:true}") boolean enabled, ObjectProvider<EmbeddedMongo> embedded,
            ReactiveMongoTemplate mongo, InstitutionRegistry institutions, Users users, PasswordPolicy passwords,
            DemoListings listings) {
        this.enabled = enabled;
        this.embedded = embedded;
        this.mongo = mongo;
        this.institutions = institutions;
        this.users = users;
        this.passwords = passwords;
        this.listings = listings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || embedded.getIfAvailable() == null) {
            return;
        }
        Boolean empty = Mono.zip(mongo.count(new Query(), User.class), mongo.count(new Query(), Institution.class))
                .map(counts -> counts.getT1() == 0 && counts.getT2() == 0).block();
        if (Boolean.TRUE.equals(empty)) {
            seed().block();
            log.info("Seeded the demo data: {} institutions and the accounts admin, staff, provider, requester",
                    DemoInstitutions.ALL.size());
        }
    }

    private Mono<Void> seed() {
        Map<String, String> idsByLatinName = new HashMap<>();
        return Flux.fromIterable(DemoInstitutions.ALL)
                .concatMap(demo -> (demo.verified()
                        ? institutions.registerVerified(demo.form(), "demo")
                        : institutions.registerPending(demo.form(), null, "Demo registrant"))
                        .doOnNext(saved -> idsByLatinName.put(saved.nameLatin(), saved.id())))
                .then(Mono.defer(() -> Flux.fromIterable(List.of(
                                account("admin", "TransferHub-admin-2026", "Center Administrator", "en", Role.ADMIN, null),
                                account("staff", "TransferHub-staff-2026", "Wang Fang (Center staff)", "zh", Role.STAFF,
                                        idsByLatinName.get(DemoInstitutions.RUIJIN)),
                                account("provider", "TransferHub-provider-2026", "Dr. Chen Jie", "zh", Role.PROVIDER,
                                        idsByLatinName.get(DemoInstitutions.RUIJIN)),
                                account("requester", "TransferHub-requester-2026", "Dr. Dilnoza Karimova", "ru",
                                        Role.REQUESTER, idsByLatinName.get(DemoInstitutions.TASHKENT))))
                        .concatMap(mono -> mono)
                        // All accounts first (a filter-then-next here would cancel the remaining ones),
                        // then the listings, imported as the demo staff member.
                        .collectList()
                        .flatMap(created -> Mono.justOrEmpty(created.stream()
                                .filter(user -> user.username().equals("staff")).findFirst()))
                        .flatMap(staff -> listings.seed(staff.currentUser()))));
    }

    private Mono<User> account(String username, String password, String displayName, String language, Role role,
            String institutionId) {
        return passwords.hash(password).flatMap(hash -> users.insert(User.create(new ObjectId().toHexString(), username,
                hash, displayName, username + "@demo.transferhub.org", language, Set.of(role), institutionId,
                Instant.now())));
    }

    /** One demo institution. */
    record DemoInstitution(NewInstitution form, boolean verified) {}
}
