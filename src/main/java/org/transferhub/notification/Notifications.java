package org.transferhub.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A user's in-app notifications: those addressed to their institution and roles, or to staff. */
@Service
public class Notifications {

    private final ReactiveMongoTemplate mongo;

    Notifications(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One notification as its reader sees it. */
    public record Item(String id, String subject, String text, String link, Instant createdAt, boolean read) {}

    public Flux<Item> list(CurrentUser user, boolean unreadOnly, int size) {
        Criteria criteria = unreadOnly ? forUser(user).and("readBy").ne(user.userId()) : forUser(user);
        return mongo.find(query(criteria).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(size),
                        Notification.class)
                .map(n -> item(n, user));
    }

    public Mono<Long> unreadCount(CurrentUser user) {
        return mongo.count(query(forUser(user).and("readBy").ne(user.userId())), Notification.class);
    }

    /** Marks one read; false when the user cannot see it. */
    public Mono<Boolean> markRead(CurrentUser user, String id) {
        return mongo.updateFirst(query(forUser(user).and("_id").is(id)), new Update().addToSet("readBy", user.userId()),
                Notification.class).map(result -> result.getMatchedCount() > 0);
    }

    public Mono<Void> markAllRead(CurrentUser user) {
        return mongo.updateMulti(query(forUser(user).and("readBy").ne(user.userId())),
                new Update().addToSet("readBy", user.userId()), Notification.class).then();
    }

    /** Notifications created after {@code since}, oldest first: what a live stream sends next. */
    public Flux<Item> since(CurrentUser user, Instant since) {
        return mongo.find(query(forUser(user).and("createdAt").gt(since)).with(Sort.by("createdAt", "_id")),
                Notification.class).map(n -> item(n, user));
    }

    /** The user's unread notifications created in [from, to), oldest first: what a digest lists. */
    Flux<Notification> unreadBetween(CurrentUser user, Instant from, Instant to, int limit) {
        return mongo.find(query(forUser(user).and("readBy").ne(user.userId()).and("createdAt").gte(from).lt(to))
                .with(Sort.by("createdAt", "_id")).limit(limit), Notification.class);
    }

    private static Item item(Notification n, CurrentUser user) {
        return new Item(n.id(), n.subject(), n.text(), n.link(), n.createdAt(),
                n.readBy() != null && n.readBy().contains(user.userId()));
    }

    /**
     * Addressed to the user themself, to one of their (institution, role) pairs or, for staff, to staff;
     * not about their own acts.
     */
    private static Criteria forUser(CurrentUser user) {
        List<Criteria> audiences = new ArrayList<>();
        audiences.add(where("userId").is(user.userId()));
        List<Role> roles = user.roles().stream().filter(r -> r == Role.PROVIDER || r == Role.REQUESTER).toList();
        if (user.institutionId() != null && !roles.isEmpty()) {
            audiences.add(where("institutionId").is(user.institutionId()).and("role").in(roles));
        }
        if (user.isStaff()) {
            audiences.add(where("institutionId").is(null).and("role").is(Role.STAFF));
        }
        return new Criteria().andOperator(new Criteria().orOperator(audiences), where("actorUserId").ne(user.userId()));
    }
}
