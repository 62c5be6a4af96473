package org.transferhub.catalog.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Cuts a streamed request body into lines without ever holding more than one line: each buffer is
 * scanned and released at once, and a line longer than the limit is skipped to its end and reported
 * as too long instead of growing memory. Splitting on the byte 0x0A is safe in UTF-8 (it never occurs
 * inside a multi-byte character); a trailing CR and a leading BOM are dropped.
 */
final class LineSplitter {

    private final int maxLineBytes;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean overflow;
    private int lineNumber;

    private LineSplitter(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    static Flux<RawLine> lines(Flux<DataBuffer> body, int maxLineBytes) {
        return Flux.defer(() -> {
            LineSplitter splitter = new LineSplitter(maxLineBytes);
            return body.concatMapIterable(splitter::feed).concatWith(Mono.fromSupplier(splitter::finish));
        });
    }

    private List<RawLine> feed(DataBuffer buffer) {
        List<RawLine> lines = new ArrayList<>();
        try {
            int count = buffer.readableByteCount();
            for (int i = 0; i < count; i++) {
                byte b = buffer.read();
                if (b == '\n') {
                    lines.add(completeLine());
                } else if (!overflow) {
                    if (current.size() >= maxLineBytes) {
                        overflow = true;
                        current.reset();
                    } else {
                        current.write(b);
                    }
                }
            }
        } finally {
            DataBufferUtils.release(buffer);
        }
        return lines;
    }

    private RawLine finish() {
        if (current.size() == 0 && !overflow) {
            return null;
        }
        return completeLine();
    }

    private RawLine completeLine() {
        lineNumber++;
        RawLine line;
        if (overflow) {
            line = new RawLine(lineNumber, null);
        } else {
            byte[] bytes = current.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            int start = lineNumber == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            line = new RawLine(lineNumber, new String(bytes, start, length - start, StandardCharsets.UTF_8));
        }
        current.reset();
        overflow = false;
        return line;
    }
}
