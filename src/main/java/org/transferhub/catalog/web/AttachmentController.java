package org.transferhub.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.*;
import org.transferhub.account.CurrentUsers;
import org.transferhub.files.FileDownloads;
import org.transferhub.catalog.Attachment;
import org.transferhub.catalog.attachment.AttachmentStore;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Files of a listing. Upload: the raw file as the request body ({@code ?fileName=} names it), so it
 * streams into GridFS without a multipart parser; the declared Content-Type is ignored, the content decides.
 */
@RestController
@RequestMapping("/api/listings/{id}/attachments")
@Tag(name = "Catalog attachments")
class AttachmentController {

    private final AttachmentStore store;
    private final CurrentUsers users;

    AttachmentController(AttachmentStore store, CurrentUsers users) {
        this.store = store;
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a PDF, PNG, JPEG, WebP or DOCX (owner); 413 over the size limit, 415 for other content")
    Mono<Attachment> upload(@PathVariable String id, @RequestParam String fileName, ServerHttpRequest request) {
        if (fileName.isBlank() || fileName.length() > 255) {
            throw new InvalidRequest("fileName", "must be 1 to 255 characters");
        }
        long declared = request.getHeaders().getContentLength();
        return users.required().flatMap(user -> store.upload(user, id, fileName, declared, request.getBody()));
    }

    @GetMapping("/{fileId}")
    @Operation(summary = "Download a file: files of published listings for anyone, others for owner and staff")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String id, @PathVariable String fileId) {
        return users.current().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
                .flatMap(user -> store.download(user.orElse(null), id, fileId))
                .map(d -> FileDownloads.response(d.attachment().fileName(), d.attachment().contentType(),
                        d.attachment().size(), d.content()));
    }

    @DeleteMapping("/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a file (owner)")
    Mono<Void> delete(@PathVariable String id, @PathVariable String fileId) {
        return users.required().flatMap(user -> store.delete(user, id, fileId));
    }
}
