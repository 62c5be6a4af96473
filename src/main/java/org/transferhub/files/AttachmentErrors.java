package org.transferhub.files;

import org.transferhub.shared.web.ApiException;
import org.transferhub.shared.web.ProblemType;

/** Why an upload was refused. */
public final class AttachmentErrors {

    private AttachmentErrors() {}

    public static class AttachmentTooLarge extends ApiException {
        public AttachmentTooLarge(long maxBytes) {
            super(ProblemType.PAYLOAD_TOO_LARGE, "Attachments may be at most " + maxBytes / (1024 * 1024) + " MB");
        }
    }

    public static class UnsupportedAttachmentType extends ApiException {
        public UnsupportedAttachmentType() {
            super(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Attachments must be PDF, PNG, JPEG, WebP or DOCX files");
        }
    }
}
