package org.transferhub.files;

import java.time.Instant;

/**
 * A file kept in GridFS under a server-generated name.
 *
 * @param fileId the GridFS id, also the public id in download links
 * @param fileName the uploader's name made safe, only used for the download's Content-Disposition
 * @param contentType detected from the content, never taken from the client
 */
public record StoredFile(String fileId, String fileName, String contentType, long size, Instant uploadedAt,
        String uploadedBy) {}
