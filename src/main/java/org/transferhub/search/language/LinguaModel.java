package org.transferhub.search.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.transferhub.search.analysis.SearchLanguage;

/**
 * Lingua (n-gram models, accurate on short text) over the languages we need it for. Lingua has no
 * Uzbek: Turkish and Azerbaijani stand in for Latin-script Turkic text. Only the models of these
 * languages are loaded, which keeps it to a few tens of megabytes of heap.
 */
public final class LinguaModel implements StatisticalModel {

    private static final Map<Language, SearchLanguage> MAPPING = Map.of(
            Language.RUSSIAN, SearchLanguage.RU, Language.BELARUSIAN, SearchLanguage.BE,
            Language.KAZAKH, SearchLanguage.KK, Language.ENGLISH, SearchLanguage.EN,
            Language.TURKISH, SearchLanguage.UZ, Language.AZERBAIJANI, SearchLanguage.UZ,
            Language.PERSIAN, SearchLanguage.FA, Language.URDU, SearchLanguage.UR);

    private final com.github.pemistahl.lingua.api.LanguageDetector detector = LanguageDetectorBuilder
            .fromLanguages(MAPPING.keySet().toArray(Language[]::new))
            .build();

    /** Loads the models on a background thread, so neither start-up nor the first query waits. */
    public LinguaModel warmUpInBackground() {
        Thread warmUp = new Thread(() -> detector.computeLanguageConfidenceValues("warm up разогрев گرم کردن"),
                "lingua-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return this;
    }

    @Override
    public List<Scored> rank(String text, Set<SearchLanguage> candidates) {
        Map<SearchLanguage, Double> sums = new EnumMap<>(SearchLanguage.class);
        detector.computeLanguageConfidenceValues(text).forEach((language, confidence) -> {
            SearchLanguage mapped = MAPPING.get(language);
            if (mapped != null && candidates.contains(mapped)) {
                sums.merge(mapped, confidence, Math::max); // Turkish and Azerbaijani both stand for Uzbek: take the better
            }
        });
        double total = sums.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Scored> ranked = new ArrayList<>();
        sums.forEach((language, confidence) -> ranked.add(new Scored(language, total > 0 ? confidence / total : 0)));
        ranked.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
        return ranked;
    }
}
