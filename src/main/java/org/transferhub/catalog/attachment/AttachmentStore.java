package org.transferhub.catalog.attachment;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsUpload;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.stereotype.Component;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.Actor;
import org.transferhub.catalog.Attachment;
import org.transferhub.catalog.CatalogProperties;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.ListingErrors.ListingNotFound;
import org.transferhub.catalog.ListingService;
import org.transferhub.catalog.attachment.AttachmentErrors.AttachmentTooLarge;
import org.transferhub.catalog.attachment.AttachmentErrors.UnsupportedAttachmentType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Listing files in GridFS. Uploads stream into GridFS while their bytes are counted and their type is
 * recognised; an oversize or unacceptable file stops the stream and its partial chunks are removed.
 * Files are stored under a server-generated name; the uploader's name is only kept for downloads.
 */
@Component
public class AttachmentStore {

    private final ReactiveGridFsTemplate gridFs;
    private final ReactiveMongoTemplate mongo;
    private final ListingService listings;
    private final CatalogProperties properties;

    AttachmentStore(ReactiveGridFsTemplate gridFs, ReactiveMongoTemplate mongo, ListingService listings,
            CatalogProperties properties) {
        this.gridFs = gridFs;
        this.mongo = mongo;
        this.listings = listings;
        this.properties = properties;
    }

    /** A file ready to be sent: its description and its bytes, streamed from GridFS. */
    public record Download(Attachment attachment, Flux<DataBuffer> content) {}

    public Mono<Attachment> upload(CurrentUser user, String listingId, String fileName, long declaredLength,
            Flux<DataBuffer> body) {
        long max = properties.attachmentMaxSize().toBytes();
        return listings.ownedBy(user, listingId).flatMap(listing -> {
            if (declaredLength > max) {
                return Mono.error(new AttachmentTooLarge(max));
            }
            ObjectId fileId = new ObjectId();
            FileSniffer sniffer = new FileSniffer();
            AtomicLong size = new AtomicLong();
            Flux<DataBuffer> checked = body.handle((buffer, sink) -> {
                if (size.addAndGet(buffer.readableByteCount()) > max) {
                    DataBufferUtils.release(buffer);
                    sink.error(new AttachmentTooLarge(max));
                } else if (!sniffer.accept(buffer)) {
                    DataBufferUtils.release(buffer);
                    sink.error(new UnsupportedAttachmentType());
                } else {
                    sink.next(buffer);
                }
            });
            ReactiveGridFsUpload<ObjectId> upload = ReactiveGridFsUpload.fromPublisher(checked)
                    .id(fileId)
                    .filename(fileId.toHexString())
                    .metadata(new Document("listingId", listingId).append("uploadedBy", user.userId()))
                    .build();
            return gridFs.store(upload)
                    .flatMap(stored -> {
                        FileType type = sniffer.result();
                        if (type == null) {
                            return Mono.error(new UnsupportedAttachmentType());
                        }
                        Attachment attachment = new Attachment(fileId.toHexString(), safeName(fileName, type),
                                type.mediaType(), size.get(), Instant.now().truncatedTo(ChronoUnit.MILLIS), user.userId());
                        return listings.addAttachment(listingId, attachment, Actor.of(user)).thenReturn(attachment);
                    })
                    .onErrorResume(e -> discard(fileId).then(Mono.error(e)));
        });
    }

    /** The file if the caller may see the listing (published, or theirs, or staff); 404 otherwise. */
    public Mono<Download> download(CurrentUser userOrNull, String listingId, String fileId) {
        return listings.visible(userOrNull, listingId)
                .flatMap(listing -> Mono.justOrEmpty(find(listing, fileId)))
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(listingId + "/attachments/" + fileId)))
                .flatMap(attachment -> gridFs.findOne(Query.query(where("_id").is(new ObjectId(attachment.fileId()))))
                        .flatMap(gridFs::getResource)
                        .map(resource -> new Download(attachment, resource.getDownloadStream())));
    }

    public Mono<Void> delete(CurrentUser user, String listingId, String fileId) {
        return listings.ownedBy(user, listingId)
                .flatMap(listing -> listings.removeAttachment(listingId, fileId, Actor.of(user)))
                .flatMap(removed -> removed ? discard(new ObjectId(fileId))
                        : Mono.error(new ListingNotFound(listingId + "/attachments/" + fileId)));
    }

    private static Attachment find(Listing listing, String fileId) {
        return listing.attachments().stream().filter(a -> a.fileId().equals(fileId)).findFirst().orElse(null);
    }

    /** Removes a stored or half-stored file: its GridFS entry and any chunks already written. */
    private Mono<Void> discard(ObjectId fileId) {
        return gridFs.delete(Query.query(where("_id").is(fileId)))
                .then(mongo.remove(Query.query(where("files_id").is(fileId)), "fs.chunks"))
                .onErrorResume(e -> Mono.empty())
                .then();
    }

    /**
     * The uploader's name without any path, control characters or a misleading extension: the
     * extension always matches the detected type.
     */
    static String safeName(String fileName, FileType type) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + type.extension();
    }
}
