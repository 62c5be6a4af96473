package org.transferhub.search.query;

import java.util.List;

/**
 * What a searcher typed, reduced to the syntax we accept: loose words, "quoted phrases" and
 * excluded {@code -words} or {@code -"phrases"}. Nothing else is syntax: field names, boolean
 * operators, wildcards and parentheses are plain text that analysis drops.
 */
public record UserQuery(String text, List<String> words, List<String> phrases, List<String> excluded) {

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** The positive text (words and phrases) for language detection and concept matching. */
    public String positiveText() {
        StringBuilder text = new StringBuilder(String.join(" ", words));
        phrases.forEach(phrase -> text.append(' ').append(phrase));
        return text.toString().trim();
    }
}
