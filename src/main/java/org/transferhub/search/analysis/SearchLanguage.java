package org.transferhub.search.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /** Maps a BCP-47 tag ({@code uz-Cyrl}, {@code zh-Hant}, {@code RU}) to its language, if supported. */
    public static Optional<SearchLanguage> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String base = tag.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (SearchLanguage language : values()) {
            if (language.code.equals(base)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
