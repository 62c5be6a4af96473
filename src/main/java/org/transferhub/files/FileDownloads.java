package org.transferhub.files;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Flux;

/** How every uploaded file is sent back: as a download (never rendered inline), typed by its detected content. */
public final class FileDownloads {

    private FileDownloads() {}

    public static ResponseEntity<Flux<DataBuffer>> response(String fileName, String contentType, long size,
            Flux<DataBuffer> content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=0")
                .body(content);
    }
}
