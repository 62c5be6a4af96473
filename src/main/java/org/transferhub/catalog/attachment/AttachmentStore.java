package org.transferhub.catalog.attachment;

import org.bson.Document;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.Actor;
import org.transferhub.catalog.Attachment;
import org.transferhub.catalog.CatalogProperties;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.ListingErrors.ListingNotFound;
import org.transferhub.catalog.ListingService;
import org.transferhub.files.GridFsFiles;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Listing files: stored by {@link GridFsFiles}, listed on the listing, visible with the listing. */
@Component
public class AttachmentStore {

    private final GridFsFiles files;
    private final ListingService listings;
    private final CatalogProperties properties;

    AttachmentStore(GridFsFiles files, ListingService listings, CatalogProperties properties) {
        this.files = files;
        this.listings = listings;
        this.properties = properties;
    }

    /** A file ready to be sent: its description and its bytes, streamed from GridFS. */
    public record Download(Attachment attachment, Flux<DataBuffer> content) {}

    public Mono<Attachment> upload(CurrentUser user, String listingId, String fileName, long declaredLength,
            Flux<DataBuffer> body) {
        long max = properties.attachmentMaxSize().toBytes();
        return listings.ownedBy(user, listingId).flatMap(listing -> files
                .store(body, declaredLength, max, fileName, user.userId(), new Document("listingId", listingId))
                .flatMap(stored -> {
                    Attachment attachment = new Attachment(stored.fileId(), stored.fileName(), stored.contentType(),
                            stored.size(), stored.uploadedAt(), stored.uploadedBy());
                    return listings.addAttachment(listingId, attachment, Actor.of(user)).thenReturn(attachment)
                            .onErrorResume(e -> files.discard(stored.fileId()).then(Mono.error(e)));
                }));
    }

    /** The file if the caller may see the listing (published, or theirs, or staff); 404 otherwise. */
    public Mono<Download> download(CurrentUser userOrNull, String listingId, String fileId) {
        return listings.visible(userOrNull, listingId)
                .flatMap(listing -> Mono.justOrEmpty(find(listing, fileId)))
                .flatMap(attachment -> files.read(attachment.fileId()).map(content -> new Download(attachment, content)))
                .switchIfEmpty(Mono.error(() -> new ListingNotFound(listingId + "/attachments/" + fileId)));
    }

    public Mono<Void> delete(CurrentUser user, String listingId, String fileId) {
        return listings.ownedBy(user, listingId)
                .flatMap(listing -> listings.removeAttachment(listingId, fileId, Actor.of(user)))
                .flatMap(removed -> removed ? files.discard(fileId)
                        : Mono.error(new ListingNotFound(listingId + "/attachments/" + fileId)));
    }

    private static Attachment find(Listing listing, String fileId) {
        return listing.attachments().stream().filter(a -> a.fileId().equals(fileId)).findFirst().orElse(null);
    }
}
