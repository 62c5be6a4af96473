package org.transferhub.search.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages the index has dedicated analysis for. Each maps to one or more text fields; text in
 * any other language only reaches the language-neutral field.
 */
public enum SearchLanguage {
    ZH("zh", List.of(IndexFields.ZH_WORDS, IndexFields.ZH_BIGRAMS)),
    RU("ru", List.of(IndexFields.RU)),
    BE("be", List.of(IndexFields.BE)),
    EN("en", List.of(IndexFields.EN)),
    FA("fa", List.of(IndexFields.FA)),
    UR("ur", List.of(IndexFields.UR)),
    HI("hi", List.of(IndexFields.HI)),
    KK("kk", List.of(IndexFields.KK, IndexFields.TURKIC_LATIN)),
    KY("ky", List.of(IndexFields.KY, IndexFields.TURKIC_LATIN)),
    TG("tg", List.of(IndexFields.TG, IndexFields.TURKIC_LATIN)),
    UZ("uz", List.of(IndexFields.UZ, IndexFields.TURKIC_LATIN));

    private final String code;
    private final List<String> fields;

    SearchLanguage(String code, List<String> fields) {
        this.code = code;
        this.fields = fields;
    }

    public String code() {
        return code;
    }

    /** The text fields a text in this language is indexed into (besides the neutral field). */
    public List<String> fields() {
        return fields;
    }

    private static final SearchLanguage[] ALL = values();
    private static final Map<String, Optional<SearchLanguage>> BY_TAG = new ConcurrentHashMap<>();

    /**
     * Maps a BCP-47 tag ({@code uz-Cyrl}, {@code zh-Hant}, {@code RU}) to its language, if supported.
     * Called for every hit and concept term; the few tags in use are remembered (bounded, as tags
     * can come from requests).
     */
    public static Optional<SearchLanguage> of(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        Optional<SearchLanguage> known = BY_TAG.get(tag);
        if (known != null) {
            return known;
        }
        Optional<SearchLanguage> parsed = parse(tag);
        if (BY_TAG.size() < 1_000) {
            BY_TAG.put(tag, parsed);
        }
        return parsed;
    }

    private static Optional<SearchLanguage> parse(String tag) {
        if (tag.isBlank()) {
            return Optional.empty();
        }
        String base = tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (SearchLanguage language : ALL) {
            if (language.code.equals(base)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
