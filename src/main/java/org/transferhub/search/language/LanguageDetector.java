package org.transferhub.search.language;

import static org.transferhub.search.analysis.SearchLanguage.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.transferhub.search.analysis.SearchLanguage;

/**
 * Detects the probable languages of a query or a listing text. The script decides first (Han,
 * Devanagari, Arabic, Cyrillic, Latin); within Cyrillic, letters only some languages use narrow the
 * candidates (Lingua has no Kyrgyz, Tajik or Uzbek model); a statistical model (Lingua) ranks what
 * is left. Short queries are often ambiguous («диабет» is Russian, Kazakh and Kyrgyz alike), so the
 * answer is a ranked list of every probable language, not a single guess.
 */
public final class LanguageDetector {

    // Letters that only some Cyrillic languages use, and which languages use them.
    private static final Map<Character, Set<SearchLanguage>> CYRILLIC_MARKERS = Map.ofEntries(
            Map.entry('ә', EnumSet.of(KK)), Map.entry('ұ', EnumSet.of(KK)), Map.entry('һ', EnumSet.of(KK)),
            Map.entry('і', EnumSet.of(KK, BE)), Map.entry('ң', EnumSet.of(KK, KY)), Map.entry('ө', EnumSet.of(KK, KY)),
            Map.entry('ү', EnumSet.of(KK, KY)), Map.entry('ғ', EnumSet.of(KK, TG, UZ)), Map.entry('қ', EnumSet.of(KK, TG, UZ)),
            Map.entry('ӣ', EnumSet.of(TG)), Map.entry('ӯ', EnumSet.of(TG)), Map.entry('ҷ', EnumSet.of(TG)),
            Map.entry('ҳ', EnumSet.of(TG, UZ)), Map.entry('ў', EnumSet.of(BE, UZ)),
            Map.entry('щ', EnumSet.of(RU, KK, KY)), Map.entry('и', EnumSet.of(RU, KK, KY, TG, UZ)));
    private static final Set<SearchLanguage> CYRILLIC = EnumSet.of(RU, BE, KK, KY, TG, UZ);
    private static final String URDU_LETTERS = "ٹڈڑںےۓھہ";
    private static final java.util.regex.Pattern UZBEK_LATIN =
            java.util.regex.Pattern.compile(
                    "(?iu)[og][ʻʼ'’‘`]|q(?!u)|yu|\\b\\w+(?:lari|larni|dagi|ligi|lik|lash|ishi|iya|ini|igi|ati|tsiya)\\b");
    private static final String KAZAKH_ONLY = "әіұқғһ";

    /** Above this confidence the model's first choice wins over the searcher's UI language. */
    private static final double SURE = 0.9;
    /** How much likelier than Russian another language must be to overrule Russian for plain Cyrillic. */
    private static final double LIKELY_RATIO = 1.5;
    /** How likely Uzbek must be for Latin text without Uzbek spelling to be taken as Uzbek first. */
    private static final double UZBEK_LATIN_LIKELY = 0.55;

    private final StatisticalModel model;

    public LanguageDetector(StatisticalModel model) {
        this.model = model;
    }

    /**
     * The probable languages of {@code text}, most probable first. The hint (the searcher's UI
     * language) is ranked first when the text is ambiguous between it and others; it never adds a
     * language of another script.
     */
    public List<SearchLanguage> detect(String text, Optional<SearchLanguage> hint) {
        ScriptCounts scripts = ScriptCounts.of(text);
        LinkedHashSet<SearchLanguage> result = new LinkedHashSet<>();
        for (ScriptCounts.Script script : scripts.byFrequency()) {
            switch (script) {
                case HAN -> result.add(ZH);
                case DEVANAGARI -> result.add(HI);
                case ARABIC -> result.addAll(arabic(text, hint));
                case CYRILLIC -> result.addAll(cyrillic(text, hint));
                case LATIN -> result.addAll(scripts.dominant() == ScriptCounts.Script.LATIN ? latin(text, hint) : List.of(EN));
            }
        }
        if (result.isEmpty()) {
            hint.ifPresent(result::add);
            result.add(EN);
        }
        return List.copyOf(result);
    }

    /** The language of a listing text: the declared one unless the text is plainly in another script. */
    public SearchLanguage checkDeclared(SearchLanguage declared, String text) {
        List<SearchLanguage> detected = detect(text, Optional.of(declared));
        return detected.isEmpty() || detected.contains(declared) ? declared : detected.getFirst();
    }

    private List<SearchLanguage> cyrillic(String text, Optional<SearchLanguage> hint) {
        Set<SearchLanguage> candidates = EnumSet.copyOf(CYRILLIC);
        boolean distinctive = false;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<Character, Set<SearchLanguage>> marker : CYRILLIC_MARKERS.entrySet()) {
            if (lower.indexOf(marker.getKey()) >= 0) {
                Set<SearchLanguage> narrowed = EnumSet.copyOf(candidates);
                narrowed.retainAll(marker.getValue());
                if (!narrowed.isEmpty()) {
                    distinctive |= !narrowed.equals(candidates) && marker.getValue().size() < 4;
                    candidates = narrowed;
                }
            }
        }
        List<StatisticalModel.Scored> scored = model.rank(text, candidates);
        List<SearchLanguage> ranked = languages(scored);
        candidates.stream().filter(c -> !ranked.contains(c)).forEach(ranked::add);
        double top = scored.isEmpty() ? 0 : scored.getFirst().confidence();
        double russian = scored.stream().filter(x -> x.language() == RU).mapToDouble(StatisticalModel.Scored::confidence).findFirst().orElse(0);
        if (!distinctive && top < LIKELY_RATIO * russian && ranked.remove(RU)) {
            ranked.addFirst(RU); // without any distinctive letter, Russian is by far the likeliest
        }
        if (candidates.contains(KY) && candidates.contains(KK) && KAZAKH_ONLY.chars().noneMatch(c -> lower.indexOf(c) >= 0)
                && (lower.indexOf('ү') >= 0 || lower.indexOf('ө') >= 0)) {
            ranked.remove(KY); // ү/ө without any letter only Kazakh has: Kyrgyz (Lingua has no Kyrgyz model)
            ranked.addFirst(KY);
        }
        preferHint(ranked, hint, distinctive ? 1.0 : top);
        return ranked;
    }

    private List<SearchLanguage> arabic(String text, Optional<SearchLanguage> hint) {
        for (char c : URDU_LETTERS.toCharArray()) {
            if (text.indexOf(c) >= 0) {
                return List.of(UR, FA);
            }
        }
        // Without any letter only Urdu uses (ے ہ ں ٹ ڈ ڑ ھ, frequent in any Urdu phrase), Persian is
        // the likelier; the statistical model confuses the two on a word or two.
        List<SearchLanguage> ranked = new ArrayList<>(List.of(FA, UR));
        preferHint(ranked, hint, 0);
        return ranked;
    }

    private List<SearchLanguage> latin(String text, Optional<SearchLanguage> hint) {
        List<SearchLanguage> ranked = new ArrayList<>();
        boolean uzbek = UZBEK_LATIN.matcher(text).find();
        if (uzbek) {
            ranked.add(UZ);
        }
        List<StatisticalModel.Scored> scored = model.rank(text, EnumSet.of(EN, UZ));
        if (!uzbek && !scored.isEmpty() && scored.getFirst().language() == UZ
                && scored.getFirst().confidence() < UZBEK_LATIN_LIKELY) {
            ranked.add(EN); // medical English is full of Latin and Greek roots that look Turkic to the model
        }
        for (SearchLanguage language : languages(scored)) {
            if (!ranked.contains(language)) {
                ranked.add(language);
            }
        }
        for (SearchLanguage language : List.of(EN, UZ)) {
            if (!ranked.contains(language)) {
                ranked.add(language);
            }
        }
        if (hint.isPresent() && EnumSet.of(KK, KY, TG).contains(hint.get())) {
            ranked.add(hint.get()); // Kazakh Latin: its words meet Uzbek ones in the Turkic Latin field anyway
        }
        preferHint(ranked, hint, uzbek ? 1.0 : scored.isEmpty() ? 0 : scored.getFirst().confidence());
        return ranked;
    }

    private static List<SearchLanguage> languages(List<StatisticalModel.Scored> scored) {
        List<SearchLanguage> languages = new ArrayList<>();
        scored.forEach(s -> languages.add(s.language()));
        return languages;
    }

    /** Moves the hint first when it is already among the candidates and the model was not sure. */
    private void preferHint(List<SearchLanguage> ranked, Optional<SearchLanguage> hint, double topConfidence) {
        hint.filter(ranked::contains).filter(h -> topConfidence < SURE).ifPresent(h -> {
            ranked.remove(h);
            ranked.addFirst(h);
        });
    }
}
