package org.transferhub.search.analysis;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fa.PersianCharFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * One analyzer per text field. Every analyzer first applies NFKC with case folding (full-width
 * letters, composed and decomposed forms become the same text), so index and query meet however
 * the text was typed. Queries are analysed with the same analyzer as the field they target.
 */
public final class Analyzers {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Transliterator TURKIC_LATIN = TurkicLatin.transliterator();

    /** Letters kept of a Turkic word (the Latin skeleton gets one more: «sh», «ch» are two letters). */
    private static final int TURKIC_PREFIX = 6;

    private final Map<String, Analyzer> byField = new HashMap<>();
    private final PerFieldAnalyzerWrapper wrapper;

    public Analyzers() {
        byField.put(IndexFields.ZH_WORDS, analyzer(tokenizer -> {
            TokenStream stream = new ICUTransformFilter(tokenizer, TRADITIONAL_TO_SIMPLIFIED);
            return new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        }, HMMChineseTokenizer::new));
        byField.put(IndexFields.ZH_BIGRAMS, analyzer(tokenizer -> {
            TokenStream stream = new ICUTransformFilter(tokenizer, TRADITIONAL_TO_SIMPLIFIED);
            return new CJKBigramFilter(stream, CJKBigramFilter.HAN, false);
        }, StandardTokenizer::new));
        byField.put(IndexFields.RU, analyzer(tokenizer -> new SnowballFilter(
                new StopFilter(new YoFoldingFilter(new LowerCaseFilter(tokenizer)), RussianAnalyzer.getDefaultStopSet()),
                new RussianStemmer()), StandardTokenizer::new));
        // No Snowball stemmer exists for Belarusian; its inflection is close enough to Russian for
        // the Russian *light* stemmer (which only strips common case/number endings).
        byField.put(IndexFields.BE, analyzer(tokenizer -> new RussianLightStemFilter(
                new YoFoldingFilter(new LowerCaseFilter(tokenizer))), StandardTokenizer::new));
        byField.put(IndexFields.EN, analyzer(tokenizer -> new PorterStemFilter(new StopFilter(
                new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer)), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)),
                StandardTokenizer::new));
        byField.put(IndexFields.FA, arabicScript(PersianAnalyzer.getDefaultStopSet(), true));
        byField.put(IndexFields.UR, arabicScript(CharArraySet.EMPTY_SET, false));
        byField.put(IndexFields.HI, analyzer(tokenizer -> new HindiStemFilter(new StopFilter(
                new HindiNormalizationFilter(new IndicNormalizationFilter(new LowerCaseFilter(tokenizer))),
                HindiAnalyzer.getDefaultStopSet())), StandardTokenizer::new));
        // Kazakh, Kyrgyz, Uzbek (and Tajik, whose izafet and plural endings behave alike) stack
        // suffixes: «зичлигини», «диабетімен». No stemmer exists for them in Lucene; keeping the first
        // letters of each word ("F5 stemming", shown to work for Turkish retrieval) conflates them.
        for (String field : List.of(IndexFields.KK, IndexFields.KY, IndexFields.TG, IndexFields.UZ)) {
            byField.put(field, analyzer(tokenizer -> new TruncateTokenFilter(new ICUFoldingFilter(tokenizer), TURKIC_PREFIX),
                    ICUTokenizer::new));
        }
        byField.put(IndexFields.NEUTRAL, analyzer(ICUFoldingFilter::new, ICUTokenizer::new));
        byField.put(IndexFields.TURKIC_LATIN, analyzer(tokenizer -> new TruncateTokenFilter(new ICUFoldingFilter(
                new ICUTransformFilter(new LowerCaseFilter(tokenizer), TURKIC_LATIN)), TURKIC_PREFIX + 1), ICUTokenizer::new));
        wrapper = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), byField);
    }

    /** The analyzer for every field of the index (keyword fields pass through unchanged). */
    public Analyzer perField() {
        return wrapper;
    }

    /** The analysed terms of {@code text} as the given field indexes them. */
    public List<String> terms(String field, String text) {
        List<Token> tokens = tokens(field, text);
        List<String> terms = new ArrayList<>(tokens.size());
        tokens.forEach(token -> terms.add(token.term()));
        return terms;
    }

    /** The analysed tokens of {@code text} with their offsets in the original text. */
    public List<Token> tokens(String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = wrapper.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringReader
        }
        return tokens;
    }

    /** A term with its offsets in the analysed text. */
    public record Token(String term, int start, int end) {}

    private Analyzer arabicScript(CharArraySet stopWords, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new PersianNormalizationFilter(new ArabicNormalizationFilter(new LowerCaseFilter(tokenizer)));
                stream = new StopFilter(stream, stopWords);
                return new TokenStreamComponents(tokenizer, stem ? new PersianStemFilter(stream) : stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                // Zero-width non-joiners join Persian compounds; NFKC folds presentation forms.
                return new PersianCharFilter(new ICUNormalizer2CharFilter(reader, NFKC_CF));
            }
        };
    }

    private static Analyzer analyzer(Function<Tokenizer, TokenStream> filters, java.util.function.Supplier<Tokenizer> tokenizers) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = tokenizers.get();
                return new TokenStreamComponents(tokenizer, filters.apply(tokenizer));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ICUNormalizer2CharFilter(reader, NFKC_CF);
            }
        };
    }
}
