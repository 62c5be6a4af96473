package org.transferhub.search.index;

import java.util.Optional;

/**
 * Where a listing's text names a concept, stored with the listing's document so that snippets mark
 * concept terms without scanning every hit's text again.
 *
 * @param text {@link org.transferhub.search.analysis.IndexFields#ORIGINAL_TEXT} or a translation's language key
 * @param part title, summary or description
 */
public record ConceptSpan(String text, String part, String code, int start, int end) {

    /** The stored value: the five fields separated by tabs. */
    String encoded() {
        return text + '\t' + part + '\t' + code + '\t' + start + '\t' + end;
    }

    /** A stored value back; empty when it is not one. */
    public static Optional<ConceptSpan> decode(String stored) {
        String[] fields = stored.split("\t", -1);
        if (fields.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConceptSpan(fields[0], fields[1], fields[2], Integer.parseInt(fields[3]),
                    Integer.parseInt(fields[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
