package org.transferhub.transfer.web;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.files.FileDownloads;
import org.transferhub.shared.web.InvalidRequest;
import org.transferhub.transfer.TransferAttachment;
import org.transferhub.transfer.TransferFiles;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Files of an application: the raw file as the request body ({@code ?kind=&fileName=}), streamed
 * into GridFS without a multipart parser; the content, not the declared Content-Type, decides its type.
 * An upload with an {@code Idempotency-Key} that is retried stores the file once.
 */
@RestController
@RequestMapping("/api/transfers/{id}/attachments")
class TransferFileController {

    private final CurrentUsers users;
    private final TransferFiles files;
    private final IdempotentRequests idempotent;

    TransferFileController(CurrentUsers users, TransferFiles files, IdempotentRequests idempotent) {
        this.users = users;
        this.files = files;
        this.idempotent = idempotent;
    }

    @PostMapping
    Mono<ResponseEntity<String>> upload(@PathVariable String id, @RequestParam TransferAttachment.Kind kind,
            @RequestParam String fileName, @RequestHeader(name = "Idempotency-Key", required = false) String key,
            ServerHttpRequest request) {
        if (fileName.isBlank() || fileName.length() > 255) {
            throw new InvalidRequest("fileName", "must be 1 to 255 characters");
        }
        long declared = request.getHeaders().getContentLength();
        return users.required().flatMap(user -> idempotent.run(user.userId(), key,
                "POST /api/transfers/" + id + "/attachments", HttpStatus.CREATED,
                () -> files.upload(user, id, kind, fileName, declared, request.getBody())));
    }

    @GetMapping
    Flux<TransferAttachment> list(@PathVariable String id) {
        return users.required().flatMapMany(user -> files.list(user, id));
    }

    @GetMapping("/{fileId}")
    Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String id, @PathVariable String fileId) {
        return users.required().flatMap(user -> files.download(user, id, fileId))
                .map(d -> FileDownloads.response(d.attachment().fileName(), d.attachment().contentType(),
                        d.attachment().size(), d.content()));
    }

    @DeleteMapping("/{fileId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable String id, @PathVariable String fileId) {
        return users.required().flatMap(user -> files.delete(user, id, fileId));
    }
}
