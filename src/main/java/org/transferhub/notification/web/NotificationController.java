package org.transferhub.notification.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.notification.NotificationProperties;
import org.transferhub.notification.Notifications;
import org.transferhub.shared.web.NotFound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** In-app notifications: the list, unread count, marking read, and a live server-sent-event stream. */
@RestController
@Validated
class NotificationController {

    private final CurrentUsers users;
    private final Notifications notifications;
    private final NotificationProperties properties;

    NotificationController(CurrentUsers users, Notifications notifications, NotificationProperties properties) {
        this.users = users;
        this.notifications = notifications;
        this.properties = properties;
    }

    @GetMapping("/api/notifications")
    Flux<Notifications.Item> list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return users.required().flatMapMany(user -> notifications.list(user, unread, size));
    }

    @GetMapping("/api/notifications/unread-count")
    Mono<Map<String, Long>> unreadCount() {
        return users.required().flatMap(notifications::unreadCount).map(count -> Map.of("count", count));
    }

    @PostMapping("/api/notifications/{id}/read")
    Mono<ResponseEntity<Void>> markRead(@PathVariable String id) {
        return users.required().flatMap(user -> notifications.markRead(user, id))
                .flatMap(found -> found ? Mono.just(ResponseEntity.noContent().<Void>build())
                        : Mono.error(new NotFound("Notification", id)));
    }

    @PostMapping("/api/notifications/read-all")
    Mono<ResponseEntity<Void>> markAllRead() {
        return users.required().flatMap(notifications::markAllRead).thenReturn(ResponseEntity.noContent().build());
    }

    /**
     * New notifications as they arrive. Each node polls the shared database from the time the
     * stream opened, so it works behind a load balancer with several nodes; a heartbeat comment
     * keeps the connection open through idle proxies.
     */
    @GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<Notifications.Item>> stream() {
        return users.required().flatMapMany(user -> {
            Instant[] last = {Instant.now()};
            Flux<ServerSentEvent<Notifications.Item>> events = Flux.interval(properties.streamPollInterval())
                    .onBackpressureDrop()
                    .concatMap(tick -> notifications.since(user, last[0])
                            .doOnNext(item -> last[0] = item.createdAt()))
                    .map(item -> ServerSentEvent.builder(item).id(item.id()).event("notification").build());
            Flux<ServerSentEvent<Notifications.Item>> heartbeat = Flux.interval(properties.streamHeartbeat())
                    .map(tick -> ServerSentEvent.<Notifications.Item>builder().comment("keep-alive").build());
            return Flux.merge(events, heartbeat);
        });
    }
}
