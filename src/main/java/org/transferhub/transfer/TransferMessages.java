package org.transferhub.transfer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.shared.web.InvalidRequest;
import org.transferhub.account.Role;
import org.transferhub.notification.Notifier;
import reactor.core.publisher.Mono;

/**
 * The message thread of each application. Unread counts are per user: a small document per
 * (application, user) holds when that user last read the thread.
 */
@Service
public class TransferMessages {

    private final ReactiveMongoTemplate mongo;
    private final TransferService service;
    private final Notifier notifier;

    private final TransferFiles files;

    TransferMessages(ReactiveMongoTemplate mongo, TransferService service, Notifier notifier, TransferFiles files) {
        this.mongo = mongo;
        this.service = service;
        this.notifier = notifier;
        this.files = files;
    }

    /**
     * Posts a message with, optionally, files the author uploaded to this application as MESSAGE
     * attachments beforehand; an id that is not one of those is a 400 naming {@code attachmentIds}.
     */
    public Mono<TransferMessage> post(CurrentUser user, String transferId, String text, List<String> attachmentIds) {
        List<String> ids = attachmentIds == null ? List.of() : attachmentIds.stream().distinct().toList();
        return service.visible(user, transferId).flatMap(v -> files.ownMessageFiles(user, transferId, ids)
                .map(a -> new TransferMessage.FileRef(a.id(), a.fileName(), a.contentType(), a.size()))
                .collectList()
                .flatMap(refs -> refs.size() == ids.size() ? Mono.just(refs) : Mono.error(new InvalidRequest(
                        "attachmentIds", "must be files you attached to this application's messages")))
                .flatMap(refs -> send(user, v, transferId, text, refs)));
    }

    private Mono<TransferMessage> send(CurrentUser user, TransferService.Visible v, String transferId, String text,
            List<TransferMessage.FileRef> refs) {
        ActorKind as = v.kinds().iterator().next();
        TransferMessage message = new TransferMessage(null, transferId, user.userId(), user.displayName(), as,
                text, service.now(), refs);
        Transfer t = v.transfer();
        var audiences = List.of(new Notifier.Audience(t.requesterInstitutionId(), Role.REQUESTER),
                new Notifier.Audience(t.providerInstitutionId(), Role.PROVIDER), Notifier.Audience.staff());
        return mongo.insert(message).flatMap(saved -> notifier.notify(new Notifier.NotificationRequest(
                audiences, user.userId(), "transfer.message", "New message on an application",
                "/transfers/" + transferId)).thenReturn(saved));
    }

    /** The thread, oldest first; reading it marks it read for this user. */
    public Mono<List<TransferMessage>> read(CurrentUser user, String transferId) {
        return service.visible(user, transferId)
                .flatMap(v -> mongo.find(query(where("transferId").is(transferId)).with(Sort.by("at", "_id")),
                        TransferMessage.class).collectList())
                .flatMap(messages -> mongo.findAndModify(
                                query(where("_id").is(readId(transferId, user))),
                                new Update().set("lastReadAt", service.now()),
                                FindAndModifyOptions.options().upsert(true), ReadMark.class)
                        .then(Mono.just(messages)));
    }

    /** Messages by others since this user last read the thread. */
    public Mono<Long> unread(CurrentUser user, String transferId) {
        return mongo.findById(readId(transferId, user), ReadMark.class)
                .map(ReadMark::lastReadAt)
                .defaultIfEmpty(Instant.EPOCH)
                // find + count here rather than countDocuments: the embedded database answers an
                // aggregation by reading the whole collection, a find from the transferId index
                .flatMap(since -> {
                    var unread = query(where("transferId").is(transferId)
                            .and("authorUserId").ne(user.userId()).and("at").gt(since));
                    unread.fields().include("_id");
                    return mongo.find(unread, org.bson.Document.class, mongo.getCollectionName(TransferMessage.class))
                            .count();
                });
    }

    private static String readId(String transferId, CurrentUser user) {
        return transferId + "/" + user.userId();
    }

    @org.springframework.data.mongodb.core.mapping.Document("transfer_message_reads")
    record ReadMark(@org.springframework.data.annotation.Id String id, Instant lastReadAt) {}
}
