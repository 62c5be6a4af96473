package org.transferhub.catalog;

import java.time.Instant;

/**
 * A file attached to a listing, stored in GridFS under a server-generated name.
 *
 * @param fileId the GridFS file id (also the public attachment id)
 * @param fileName the uploader's file name, only used for the download's Content-Disposition
 * @param contentType detected from the content, never taken from the client
 */
public record Attachment(String fileId, String fileName, String contentType, long size, Instant uploadedAt,
        String uploadedBy) {}
