package org.transferhub.search.analysis;

/** Names of the index's fields. Changing analysis of any text field requires a schema version bump. */
public final class IndexFields {

    /** Bump when fields or analysis change: an index of an older schema is rebuilt from MongoDB. */
    public static final int SCHEMA_VERSION = 3; // 2: sorted doc values on the id (catalog pages); 3: concept spans

    // Keys, filters and facets (StringField + SortedSetDocValues)
    public static final String ID = "id";
    public static final String STATUS = "status";
    public static final String LANGUAGE = "language";
    public static final String DISEASE_AREA = "diseaseArea";
    public static final String TYPE = "type";
    public static final String COUNTRY = "country";
    public static final String MODE = "mode";
    public static final String TRL = "trl";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String UPDATED_AT = "updatedAt";
    /** The listing as JSON, for rendering hits and snippets without a MongoDB round trip. */
    public static final String SOURCE = "source";

    /** Concept codes found in the listing's text in any language; one token per mention (tf counts). */
    public static final String CONCEPT = "concept";
    /** The distinct concept codes of the listing, stored (to explain hits). */
    public static final String CONCEPTS_FOUND = "concepts";
    /** Where each concept is named, stored for snippets: one encoded {@code ConceptSpan} per mention. */
    public static final String CONCEPT_SPANS = "conceptSpans";
    public static final String ORIGINAL_TEXT = "";

    // Per-language text fields
    public static final String ZH_WORDS = "zh";
    public static final String ZH_BIGRAMS = "zh_bi";
    public static final String RU = "ru";
    public static final String BE = "be";
    public static final String EN = "en";
    public static final String FA = "fa";
    public static final String UR = "ur";
    public static final String HI = "hi";
    public static final String KK = "kk";
    public static final String KY = "ky";
    public static final String TG = "tg";
    public static final String UZ = "uz";
    /** Kazakh, Kyrgyz, Tajik and Uzbek in either script, transliterated to one Latin skeleton. */
    public static final String TURKIC_LATIN = "latn";
    /** Every text of the listing, ICU-tokenized and folded, no stemming (also the typo-tolerance field). */
    public static final String NEUTRAL = "any";

    private IndexFields() {}
}
