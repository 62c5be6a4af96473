package org.transferhub.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.core.io.buffer.DataBuffer;

/**
 * Recognises a file's type from its bytes while they stream past, keeping only a few bytes. The
 * magic numbers decide PDF, PNG, JPEG and WebP at once; a ZIP is a DOCX only if the entry name
 * {@code word/document.xml} appears in it (local headers and the central directory store names
 * uncompressed), which is known at the end of the stream. Anything else is rejected on its first bytes.
 */
final class FileSniffer {

    private static final int HEADER = 12;
    private static final byte[] DOCX_ENTRY = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

    private final byte[] header = new byte[HEADER];
    private int headerLength;
    private FileType type;
    private boolean zip;
    private boolean rejected;
    private int matched;

    /** Looks at the next bytes without consuming them; returns false once the content is known to be unacceptable. */
    boolean accept(DataBuffer buffer) {
        int count = buffer.readableByteCount();
        int start = buffer.readPosition();
        for (int i = 0; i < count && (type == null || zip); i++) {
            byte b = buffer.getByte(start + i);
            if (headerLength < HEADER) {
                header[headerLength++] = b;
                if (headerLength == HEADER) {
                    decide();
                    if (rejected) {
                        return false;
                    }
                }
            }
            if (zip) {
                matched = b == DOCX_ENTRY[matched] ? matched + 1 : (b == DOCX_ENTRY[0] ? 1 : 0);
                if (matched == DOCX_ENTRY.length) {
                    type = FileType.DOCX;
                    zip = false;
                }
            }
        }
        return true;
    }

    /** The type, once the whole stream was seen; null when it is not an accepted type. */
    FileType result() {
        if (headerLength < HEADER && !rejected) {
            decide();
        }
        return rejected ? null : type;
    }

    private void decide() {
        byte[] h = Arrays.copyOf(header, headerLength);
        if (startsWith(h, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            type = FileType.PDF;
        } else if (startsWith(h, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            type = FileType.PNG;
        } else if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            type = FileType.JPEG;
        } else if (startsWith(h, 0x52, 0x49, 0x46, 0x46) && h.length >= 12 && h[8] == 'W' && h[9] == 'E' && h[10] == 'B' && h[11] == 'P') {
            type = FileType.WEBP;
        } else if (startsWith(h, 0x50, 0x4B, 0x03, 0x04)) {
            zip = true;
        } else {
            rejected = true;
        }
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
