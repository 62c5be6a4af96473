package org.transferhub.catalog.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The listing's text in another language. The original always stays the reference; a translation
 * says who stands behind it: the provider, or Center staff who reviewed it.
 */
public record Translation(
        @NotBlank @Size(max = ListingContent.TITLE_MAX) String title,
        @Size(max = ListingContent.SUMMARY_MAX) String summary,
        @Size(max = ListingContent.DESCRIPTION_MAX) String description,
        @Size(max = 30) List<@NotBlank @Size(max = 80) String> keywords,
        Source source) {

    public enum Source {
        /** Supplied by the providing institution, not checked by the Center. */
        PROVIDER,
        /** Checked by Center staff against the original. */
        STAFF_REVIEWED
    }

    public Translation {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        source = source == null ? Source.PROVIDER : source;
    }

    /** Whether the other translation says exactly the same, whoever stands behind it. */
    public boolean sameText(Translation other) {
        return java.util.Objects.equals(title, other.title) && java.util.Objects.equals(summary, other.summary)
                && java.util.Objects.equals(description, other.description) && keywords.equals(other.keywords);
    }

    /** The same text as supplied by a provider: providers cannot claim a staff review. */
    public Translation asProvided() {
        return new Translation(title, summary, description, keywords, Source.PROVIDER);
    }
}
