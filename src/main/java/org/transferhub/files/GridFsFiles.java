package org.transferhub.files;

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
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsUpload;
import org.springframework.stereotype.Component;
import org.transferhub.files.AttachmentErrors.AttachmentTooLarge;
import org.transferhub.files.AttachmentErrors.UnsupportedAttachmentType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Uploaded files in GridFS, for every feature that takes attachments (listings, transfers). An
 * upload streams into GridFS while its bytes are counted and its type recognised; an oversize or
 * unacceptable file stops the stream and its partial chunks are removed, so nothing half-stored stays.
 */
@Component
public class GridFsFiles {

    private final ReactiveGridFsTemplate gridFs;
    private final ReactiveMongoTemplate mongo;

    GridFsFiles(ReactiveGridFsTemplate gridFs, ReactiveMongoTemplate mongo) {
        this.gridFs = gridFs;
        this.mongo = mongo;
    }

    /**
     * Stores a file of at most {@code maxBytes}; 413 when larger (declared or counted), 415 when its
     * content is not PDF, PNG, JPEG, WebP or DOCX. {@code metadata} says what the file belongs to.
     */
    public Mono<StoredFile> store(Flux<DataBuffer> body, long declaredLength, long maxBytes, String fileName,
            String uploadedBy, Document metadata) {
        if (declaredLength > maxBytes) {
            return Mono.error(new AttachmentTooLarge(maxBytes));
        }
        ObjectId fileId = new ObjectId();
        FileSniffer sniffer = new FileSniffer();
        AtomicLong size = new AtomicLong();
        Flux<DataBuffer> checked = body.handle((buffer, sink) -> {
            if (size.addAndGet(buffer.readableByteCount()) > maxBytes) {
                DataBufferUtils.release(buffer);
                sink.error(new AttachmentTooLarge(maxBytes));
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
                .metadata(new Document(metadata).append("uploadedBy", uploadedBy))
                .build();
        return gridFs.store(upload)
                .flatMap(stored -> {
                    FileType type = sniffer.result();
                    if (type == null) {
                        return Mono.<StoredFile>error(new UnsupportedAttachmentType());
                    }
                    return Mono.just(new StoredFile(fileId.toHexString(), safeName(fileName, type), type.mediaType(),
                            size.get(), Instant.now().truncatedTo(ChronoUnit.MILLIS), uploadedBy));
                })
                .onErrorResume(e -> discard(fileId.toHexString()).then(Mono.error(e)));
    }

    /** The bytes of a stored file; empty when there is no such file. */
    public Mono<Flux<DataBuffer>> read(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Mono.empty();
        }
        return gridFs.findOne(Query.query(where("_id").is(new ObjectId(fileId))))
                .flatMap(gridFs::getResource)
                .map(resource -> resource.getDownloadStream());
    }

    /** Removes a stored or half-stored file: its GridFS entry and any chunks already written. */
    public Mono<Void> discard(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Mono.empty();
        }
        ObjectId id = new ObjectId(fileId);
        return gridFs.delete(Query.query(where("_id").is(id)))
                .then(mongo.remove(Query.query(where("files_id").is(id)), "fs.chunks"))
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
