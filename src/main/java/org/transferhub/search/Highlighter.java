package org.transferhub.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transferhub.catalog.IndexableListing.Text;
import org.transferhub.search.analysis.Analyzers;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.analysis.SearchLanguage;
import org.transferhub.search.query.QueryPlan;

/**
 * Snippets of a hit's text with the matching words marked: words the query shares with the text
 * (compared after the same analysis, so «мониторинга» marks for «мониторинг») and the words that
 * name a concept of the query (so a Chinese text shows what matched a Russian query). Output is
 * HTML-escaped text in which {@code <mark>…</mark>} is the only markup.
 */
final class Highlighter {

    private static final int SNIPPET = 200;
    private static final int LEAD = 60;

    private final Analyzers analyzers;

    Highlighter(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /**
     * @param conceptRanges per part (title, summary, description), where the text names one of the
     *     query's concepts: found when the listing was indexed, so no hit's text is scanned for the
     *     vocabulary's terms again (that scan was a tenth of a search)
     */
    Map<String, String> highlight(Text text, Optional<SearchLanguage> language, QueryPlan plan,
            Map<String, List<int[]>> conceptRanges) {
        Map<String, String> snippets = new LinkedHashMap<>();
        mark(text.title(), language, plan, conceptRanges.get("title"), false).ifPresent(s -> snippets.put("title", s));
        mark(text.summary(), language, plan, conceptRanges.get("summary"), true).ifPresent(s -> snippets.put("summary", s));
        if (snippets.size() < 2) {
            mark(text.description(), language, plan, conceptRanges.get("description"), true)
                    .ifPresent(s -> snippets.put("description", s));
        }
        return snippets;
    }

    private Optional<String> mark(String text, Optional<SearchLanguage> language, QueryPlan plan, List<int[]> concepts,
            boolean window) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<int[]> found = new ArrayList<>();
        List<String> fields = new ArrayList<>(language.map(SearchLanguage::fields).orElse(List.of()));
        fields.add(IndexFields.NEUTRAL);
        Set<Character.UnicodeScript> scripts = null;
        for (String field : fields) {
            Set<String> wanted = plan.terms().get(field);
            if (wanted != null && !field.equals(IndexFields.ZH_BIGRAMS)) {
                scripts = scripts == null ? scriptsOf(text) : scripts;
                // e.g. a Russian query's words in a Chinese text: analysing it cannot mark anything.
                if (!mayContain(field, scripts, wanted)) {
                    continue;
                }
                analyzers.tokens(field, text).stream().filter(t -> wanted.contains(t.term()))
                        .forEach(t -> found.add(new int[] {t.start(), t.end()}));
            }
        }
        if (concepts != null) {
            for (int[] range : concepts) {
                if (range[0] >= 0 && range[1] <= text.length() && range[0] < range[1]) {
                    found.add(new int[] {range[0], range[1]});
                }
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        found.sort((a, b) -> a[0] != b[0] ? a[0] - b[0] : b[1] - a[1]);
        List<int[]> merged = new ArrayList<>();
        for (int[] range : found) {
            int[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]); // overlapping or touching: one mark
            } else {
                merged.add(new int[] {range[0], range[1]});
            }
        }
        List<int[]> ranges = merged;
        int from = 0;
        int to = text.length();
        if (window && text.length() > SNIPPET) {
            from = Math.max(0, ranges.getFirst()[0] - LEAD);
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && ranges.getFirst()[0] - from < LEAD + 20) {
                from--;
            }
            to = Math.min(text.length(), from + SNIPPET);
        }
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (int[] range : ranges) {
            int start = Math.max(range[0], at);
            int end = Math.min(range[1], to);
            if (start >= end) {
                continue;
            }
            escape(text, at, start, out);
            out.append("<mark>");
            escape(text, start, end, out);
            out.append("</mark>");
            at = end;
        }
        escape(text, at, to, out);
        if (to < text.length()) {
            out.append('…');
        }
        return Optional.of(out.toString());
    }

    /** The scripts of the text's letters (Latin, Cyrillic, Han, Arabic…). */
    static Set<Character.UnicodeScript> scriptsOf(String text) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                scripts.add(Character.UnicodeScript.of(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return scripts;
    }

    /** As below; the Turkic Latin field's analysis transliterates Cyrillic, so Cyrillic text may contain its Latin terms. */
    static boolean mayContain(String field, Set<Character.UnicodeScript> textScripts, Set<String> terms) {
        if (field.equals(IndexFields.TURKIC_LATIN) && textScripts.contains(Character.UnicodeScript.CYRILLIC)) {
            return true;
        }
        return mayContain(textScripts, terms);
    }

    /**
     * False only when no wanted term can occur in the text: every term is written in letters of
     * scripts the text does not use (analysis keeps a word's script: folding and stemming do not
     * transliterate, and full-width Latin letters are Latin). Terms without letters (numbers) may
     * always occur.
     */
    static boolean mayContain(Set<Character.UnicodeScript> textScripts, Set<String> terms) {
        for (String term : terms) {
            Set<Character.UnicodeScript> own = scriptsOf(term);
            if (own.isEmpty() || own.stream().anyMatch(textScripts::contains)) {
                return true;
            }
        }
        return false;
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
