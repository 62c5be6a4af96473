package org.transferhub.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses search text without recursion and within fixed bounds, so that no input can exhaust the
 * stack or the clause limit: at most 256 characters, 10 levels of parentheses and 32 parts.
 */
public final class UserQueryParser {

    public static final int MAX_LENGTH = 256;
    public static final int MAX_NESTING = 10;
    public static final int MAX_PARTS = 32;

    private UserQueryParser() {}

    public static UserQuery parse(String raw) {
        if (raw == null) {
            return new UserQuery("", List.of(), List.of(), List.of());
        }
        if (raw.codePointCount(0, raw.length()) > MAX_LENGTH) {
            throw new InvalidSearchQuery("The query is longer than " + MAX_LENGTH + " characters");
        }
        checkNesting(raw);
        String text = clean(raw);
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
            int start = negated ? i + 1 : i;
            String part;
            boolean phrase = start < text.length() && text.charAt(start) == '"';
            if (phrase) {
                int close = text.indexOf('"', start + 1);
                int end = close < 0 ? text.length() : close; // an unclosed quote runs to the end
                part = text.substring(start + 1, end);
                i = close < 0 ? text.length() : close + 1;
            } else {
                int end = start;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                part = text.substring(start, end);
                i = Math.max(end, start + 1);
            }
            part = part.strip();
            if (part.isEmpty() || part.equals("-")) {
                continue;
            }
            if (negated) {
                excluded.add(part);
            } else if (phrase) {
                phrases.add(part);
            } else {
                words.add(part);
            }
            if (words.size() + phrases.size() + excluded.size() > MAX_PARTS) {
                throw new InvalidSearchQuery("The query has more than " + MAX_PARTS + " terms");
            }
        }
        return new UserQuery(text, List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded));
    }

    private static void checkNesting(String raw) {
        int depth = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    throw new InvalidSearchQuery("The query is nested more than " + MAX_NESTING + " levels deep");
                }
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
    }

    /** Control characters and lone surrogates become spaces; everything else is left to analysis. */
    private static String clean(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            boolean control = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT && cp != 0x200C
                    || Character.getType(cp) == Character.SURROGATE || cp == 0xFFFD;
            text.appendCodePoint(control ? ' ' : cp);
        });
        return text.toString().replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"').replace('„', '"');
    }
}
