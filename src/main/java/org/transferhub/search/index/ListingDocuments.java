package org.transferhub.search.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.IndexableListing.Text;
import org.transferhub.search.analysis.IndexFields;
import org.transferhub.search.analysis.SearchLanguage;
import org.transferhub.search.language.LanguageDetector;
import org.transferhub.search.vocabulary.CurrentVocabulary;
import org.transferhub.search.vocabulary.ConceptMention;
import tools.jackson.databind.json.JsonMapper;

/** Turns a listing into its Lucene document: filters, facets, per-language text and concept codes. */
public final class ListingDocuments {

    /** One token per concept mention, with frequencies, so a concept named in the title weighs more. */
    private static final FieldType CONCEPT_TYPE = new FieldType();

    static {
        CONCEPT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        CONCEPT_TYPE.setTokenized(false);
        CONCEPT_TYPE.setOmitNorms(false);
        CONCEPT_TYPE.freeze();
    }

    private final CurrentVocabulary concepts;
    private final LanguageDetector detector;
    private final JsonMapper json;

    private final org.transferhub.search.analysis.Analyzers analyzers;

    public ListingDocuments(CurrentVocabulary concepts, LanguageDetector detector, JsonMapper json) {
        this.concepts = concepts;
        this.analyzers = concepts.analyzers();
        this.detector = detector;
        this.json = json;
    }

    public org.transferhub.search.analysis.Analyzers analyzers() {
        return analyzers;
    }

    public Document toDocument(IndexableListing listing) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, listing.id(), Field.Store.YES));
        // the catalog's tie-breaker: equal publication times (a bulk import) ordered by id, as MongoDB does
        doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(listing.id())));
        doc.add(new StringField(IndexFields.STATUS, String.valueOf(listing.status()), Field.Store.NO));
        facet(doc, IndexFields.LANGUAGE, baseLanguage(listing.language()));
        nullSafe(listing.diseaseAreas()).forEach(area -> facet(doc, IndexFields.DISEASE_AREA, area));
        facet(doc, IndexFields.TYPE, listing.technologyType());
        facet(doc, IndexFields.COUNTRY, listing.providerCountry());
        nullSafe(listing.transferModes()).forEach(mode -> facet(doc, IndexFields.MODE, mode));
        facet(doc, IndexFields.TRL, String.valueOf(listing.trl()));
        doc.add(new IntPoint(IndexFields.TRL, listing.trl()));
        long published = listing.publishedAt() == null ? 0 : listing.publishedAt().toEpochMilli();
        doc.add(new LongPoint(IndexFields.PUBLISHED_AT, published));
        doc.add(new NumericDocValuesField(IndexFields.PUBLISHED_AT, published));
        doc.add(new StoredField(IndexFields.SOURCE, json.writeValueAsBytes(listing)));

        Set<String> found = new LinkedHashSet<>();
        List<String> spans = new ArrayList<>();
        for (LanguageText text : texts(listing)) {
            addText(doc, text, found, spans);
        }
        found.forEach(code -> doc.add(new StoredField(IndexFields.CONCEPTS_FOUND, code)));
        spans.forEach(span -> doc.add(new StoredField(IndexFields.CONCEPT_SPANS, span)));
        return doc;
    }

    /** The listing's texts: the original in its (checked) language, then each translation. */
    public List<LanguageText> texts(IndexableListing listing) {
        List<LanguageText> texts = new ArrayList<>();
        if (listing.original() != null) {
            Optional<SearchLanguage> declared = SearchLanguage.of(listing.language());
            Optional<SearchLanguage> checked = declared.map(d -> detector.checkDeclared(d, sample(listing.original())));
            texts.add(new LanguageText(IndexFields.ORIGINAL_TEXT, checked.or(() -> detected(listing.original())),
                    listing.original()));
        }
        if (listing.translations() != null) {
            for (Map.Entry<String, Text> translation : listing.translations().entrySet()) {
                texts.add(new LanguageText(translation.getKey(), SearchLanguage.of(translation.getKey()), translation.getValue()));
            }
        }
        return texts;
    }

    /** @param key {@link IndexFields#ORIGINAL_TEXT} or the translation's language key */
    public record LanguageText(String key, Optional<SearchLanguage> language, Text text) {}

    private void addText(Document doc, LanguageText languageText, Set<String> found, List<String> spans) {
        Text text = languageText.text();
        String keywords = String.join(", ", nullSafe(text.keywords()));
        // The title twice: a cheap title boost that keeps one text field per language.
        String all = String.join("\n", nz(text.title()), nz(text.title()), nz(text.summary()), keywords, nz(text.description()));
        doc.add(new TextField(IndexFields.NEUTRAL, all, Field.Store.NO));
        languageText.language().ifPresent(language -> {
            language.fields().forEach(field -> doc.add(new TextField(field, all, Field.Store.NO)));
            String key = languageText.key();
            span(key, "title", mentions(doc, text.title(), language, 3, found), spans);
            span(key, "summary", mentions(doc, text.summary(), language, 2, found), spans);
            mentions(doc, keywords, language, 2, found);
            span(key, "description", mentions(doc, text.description(), language, 1, found), spans);
        });
    }

    private List<ConceptMention> mentions(Document doc, String text, SearchLanguage language, int weight, Set<String> found) {
        List<ConceptMention> mentions = concepts.matcher().findAll(text, language);
        for (ConceptMention mention : mentions) {
            for (int i = 0; i < weight; i++) {
                doc.add(new Field(IndexFields.CONCEPT, mention.code(), CONCEPT_TYPE));
            }
            found.add(mention.code());
        }
        return mentions;
    }

    /** Kept so that snippets mark concept terms without scanning every hit's text again. */
    private static void span(String key, String part, List<ConceptMention> mentions, List<String> spans) {
        for (ConceptMention mention : mentions) {
            spans.add(new ConceptSpan(key, part, mention.code(), mention.start(), mention.end()).encoded());
        }
    }

    private Optional<SearchLanguage> detected(Text text) {
        return detector.detect(sample(text), Optional.empty()).stream().findFirst();
    }

    private static String sample(Text text) {
        return nz(text.title()) + " " + nz(text.summary());
    }

    private static void facet(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    static String baseLanguage(String tag) {
        return tag == null ? "und" : tag.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
