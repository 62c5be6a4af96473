package org.transferhub.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.transferhub.security.SecurityProperties;
import org.transferhub.shared.web.ApiException;
import org.transferhub.shared.web.ProblemType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts failed logins per username (known or not, so the answer does not reveal which exist) and
 * per client address, in fixed windows that start at the first failure. The counters live in
 * MongoDB so that every node sees the same ones.
 */
@Component
class LoginThrottle {

    @Document("login_throttles")
    record Counter(@Id String id, int failures, Instant windowStart, @Indexed(expireAfter = "0s") Instant expiresAt) {}

    private final ReactiveMongoTemplate mongo;
    private final SecurityProperties properties;

    LoginThrottle(ReactiveMongoTemplate mongo, SecurityProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    /** Fails with 429 when the account or the address has used up its attempts. */
    Mono<Void> check(String usernameKey, String address) {
        Instant now = Instant.now();
        return Flux.merge(blockedFor(accountKey(usernameKey), properties.loginAttemptsPerAccount(), now),
                        blockedFor(addressKey(address), properties.loginAttemptsPerAddress(), now))
                .reduce(Duration.ZERO, (a, b) -> a.compareTo(b) >= 0 ? a : b)
                .flatMap(wait -> wait.isZero() ? Mono.empty() : Mono.error(new TooManyLoginAttempts(wait)));
    }

    Mono<Void> recordFailure(String usernameKey, String address) {
        return Flux.merge(increment(accountKey(usernameKey)), increment(addressKey(address))).then();
    }

    /** A successful login clears the account's counter; the address keeps its count. */
    Mono<Void> recordSuccess(String usernameKey) {
        return mongo.remove(Query.query(Criteria.where("_id").is(accountKey(usernameKey))), Counter.class).then();
    }

    private Mono<Duration> blockedFor(String key, int limit, Instant now) {
        return mongo.findById(key, Counter.class)
                .filter(counter -> counter.failures() >= limit && counter.expiresAt().isAfter(now))
                .map(counter -> Duration.between(now, counter.expiresAt()))
                .defaultIfEmpty(Duration.ZERO);
    }

    /** Adds one failure in the current window, or starts a new window (a race may lose one count: harmless). */
    private Mono<Void> increment(String key) {
        Instant now = Instant.now();
        Query inWindow = Query.query(Criteria.where("_id").is(key).and("expiresAt").gt(now));
        return mongo.updateFirst(inWindow, new Update().inc("failures", 1), Counter.class)
                .flatMap(result -> result.getMatchedCount() > 0 ? Mono.empty()
                        : mongo.save(new Counter(key, 1, now, now.plus(properties.loginThrottleWindow()))).then());
    }

    private static String accountKey(String usernameKey) {
        return "account:" + usernameKey;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Too many failed logins for this account or from this address; try again after Retry-After. */
    static class TooManyLoginAttempts extends ApiException {
        private final long retryAfterSeconds;

        TooManyLoginAttempts(Duration wait) {
            super(ProblemType.TOO_MANY_REQUESTS, "Too many failed sign-in attempts; try again later");
            this.retryAfterSeconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("retryAfterSeconds", retryAfterSeconds);
        }
    }
}
