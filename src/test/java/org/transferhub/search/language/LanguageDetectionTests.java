package org.transferhub.search.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.transferhub.search.analysis.SearchLanguage;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Detection accuracy on short medical queries (the evaluation set's 106 queries plus the extra
 * ones below), without the UI-language hint: how often the first language is right, and how often
 * the right one is among the languages searched. Figures are printed and quoted in docs/search.md.
 */
class LanguageDetectionTests {

    static LanguageDetector detector;

    @BeforeAll
    static void detector() {
        detector = new LanguageDetector(new LinguaModel());
    }

    record Labelled(String lang, String q) {}

    static final List<Labelled> EXTRA = List.of(
            new Labelled("ru", "инсулин"), new Labelled("ru", "ожирение у детей"), new Labelled("ru", "сахарный диабет 2 типа"),
            new Labelled("be", "цукровы дыябет"), new Labelled("be", "атлусценне"), new Labelled("kk", "семіздік"),
            new Labelled("kk", "қант диабеті"), new Labelled("ky", "кант диабети"), new Labelled("ky", "семирүү"),
            new Labelled("tg", "диабети қанд"), new Labelled("tg", "фарбеҳӣ"), new Labelled("uz", "qandli diabet"),
            new Labelled("uz", "семизлик"), new Labelled("uz", "қандли диабет"), new Labelled("en", "insulin pump"),
            new Labelled("en", "obesity surgery"), new Labelled("zh", "肥胖症"), new Labelled("zh", "糖尿病視網膜病變"),
            new Labelled("fa", "چاقی"), new Labelled("fa", "دیابت نوع دو"), new Labelled("ur", "موٹاپا"), new Labelled("ur", "ذیابیطس"),
            new Labelled("hi", "मोटापा"), new Labelled("hi", "मधुमेह"));

    @Test
    void detectsShortMedicalQueriesAccurately() throws Exception {
        List<Labelled> queries = new ArrayList<>(EXTRA);
        List<Map<String, Object>> eval = JsonMapper.builder().build().readValue(
                getClass().getResourceAsStream("/search-eval/queries.json"), new TypeReference<>() {});
        eval.forEach(q -> queries.add(new Labelled((String) q.get("lang"), (String) q.get("q"))));

        Map<String, int[]> perLanguage = new TreeMap<>(); // first right, among searched, total
        StringBuilder wrong = new StringBuilder("\nFirst language wrong:\n");
        for (Labelled query : queries) {
            List<SearchLanguage> detected = detector.detect(query.q(), Optional.empty());
            SearchLanguage expected = SearchLanguage.of(query.lang()).orElseThrow();
            int[] counts = perLanguage.computeIfAbsent(query.lang(), l -> new int[3]);
            counts[0] += detected.getFirst() == expected ? 1 : 0;
            counts[1] += detected.contains(expected) ? 1 : 0;
            counts[2]++;
            if (detected.getFirst() != expected) {
                wrong.append(String.format("- %s «%s» → %s%n", query.lang(), query.q(), detected));
            }
        }
        int first = perLanguage.values().stream().mapToInt(c -> c[0]).sum();
        int searched = perLanguage.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder report = new StringBuilder("language | first right | among searched | n\n");
        perLanguage.forEach((lang, c) -> report.append(String.format("%s | %.2f | %.2f | %d%n", lang, c[0] / (double) c[2], c[1] / (double) c[2], c[2])));
        report.append(String.format("all | %.3f | %.3f | %d%n", first / (double) queries.size(), searched / (double) queries.size(), queries.size()));
        report.append(wrong);
        System.out.println(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/language-detection.md"), report);

        assertThat(first / (double) queries.size()).isGreaterThan(0.80);
        assertThat(searched / (double) queries.size()).isGreaterThan(0.97);
    }

    @Test
    void hintBreaksTiesBetweenLanguagesSharingAScript() {
        assertThat(detector.detect("кант диабети", Optional.of(SearchLanguage.KY)).getFirst()).isEqualTo(SearchLanguage.KY);
        assertThat(detector.detect("кант диабети", Optional.empty())).contains(SearchLanguage.KY);
    }

    @Test
    void hintNeverAddsALanguageOfAnotherScript() {
        assertThat(detector.detect("糖尿病", Optional.of(SearchLanguage.RU))).containsExactly(SearchLanguage.ZH);
    }
}
