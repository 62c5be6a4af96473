package org.transferhub.transfer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import org.transferhub.account.CurrentUser;
import org.transferhub.files.GridFsFiles;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Files of an application. Every party (requester, provider, staff) may add, list and download
 * them; only the uploader may remove one, and never a message's file once it is sent. Anyone else
 * gets 404, as for the application itself.
 */
@Service
public class TransferFiles {

    private final GridFsFiles files;
    private final ReactiveMongoTemplate mongo;
    private final TransferService service;

    TransferFiles(GridFsFiles files, ReactiveMongoTemplate mongo, TransferService service) {
        this.files = files;
        this.mongo = mongo;
        this.service = service;
    }

    public record Download(TransferAttachment attachment, Flux<DataBuffer> content) {}

    public Mono<TransferAttachment> upload(CurrentUser user, String transferId, TransferAttachment.Kind kind,
            String fileName, long declaredLength, Flux<DataBuffer> body) {
        long max = service.properties().attachmentMaxSize().toBytes();
        return service.visible(user, transferId).flatMap(v -> files
                .store(body, declaredLength, max, fileName, user.userId(), new Document("transferId", transferId))
                .flatMap(stored -> mongo.insert(new TransferAttachment(stored.fileId(), transferId, kind,
                                stored.fileName(), stored.contentType(), stored.size(), stored.uploadedAt(),
                                user.userId(), user.displayName()))
                        .onErrorResume(e -> files.discard(stored.fileId()).then(Mono.error(e)))));
    }

    /** Oldest first. */
    public Flux<TransferAttachment> list(CurrentUser user, String transferId) {
        return service.visible(user, transferId).flatMapMany(v -> mongo.find(
                query(where("transferId").is(transferId)).with(Sort.by("uploadedAt", "_id")), TransferAttachment.class));
    }

    public Mono<Download> download(CurrentUser user, String transferId, String fileId) {
        return service.visible(user, transferId)
                .flatMap(v -> mongo.findOne(query(where("_id").is(fileId).and("transferId").is(transferId)),
                        TransferAttachment.class))
                .flatMap(a -> files.read(a.id()).map(content -> new Download(a, content)))
                .switchIfEmpty(Mono.error(() -> new TransferNotFound(transferId + "/attachments/" + fileId)));
    }

    public Mono<Void> delete(CurrentUser user, String transferId, String fileId) {
        return service.visible(user, transferId)
                .flatMap(v -> mongo.remove(query(where("_id").is(fileId).and("transferId").is(transferId)
                        .and("uploadedBy").is(user.userId()).and("kind").ne(TransferAttachment.Kind.MESSAGE)),
                        TransferAttachment.class))
                .flatMap(result -> result.getDeletedCount() == 1 ? files.discard(fileId)
                        : Mono.error(new TransferNotFound(transferId + "/attachments/" + fileId)));
    }

    /** The caller's own MESSAGE files of this application among {@code ids}, for a message being sent. */
    Flux<TransferAttachment> ownMessageFiles(CurrentUser user, String transferId, java.util.List<String> ids) {
        return mongo.find(query(where("_id").in(ids).and("transferId").is(transferId).and("uploadedBy").is(user.userId())
                .and("kind").is(TransferAttachment.Kind.MESSAGE)), TransferAttachment.class);
    }
}
