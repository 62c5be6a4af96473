package org.transferhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.transferhub.search.SearchTestKit.listing;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossLingualSearchTests {

    @TempDir
    static Path dir;
    static SearchTestKit kit;

    @BeforeAll
    static void indexListings() {
        kit = new SearchTestKit(dir);
        kit.publish(List.of(
                listing("zh-cgm", "zh", "持续葡萄糖监测系统", "用于2型糖尿病患者的动态血糖监测技术", "传感器每5分钟测量一次组织间液葡萄糖。", "DIABETES"),
                listing("kk-cgm", "kk", "Глюкозаны үздіксіз мониторингтеу жүйесі", "Қант диабеті бар науқастарға арналған", "Датчик әр 5 минут сайын өлшейді.", "DIABETES"),
                listing("en-cgm", "en", "Continuous glucose monitoring programme", "CGM for people with type 1 diabetes", "Sensors and a remote clinic dashboard.", "DIABETES"),
                listing("ru-foot", "ru", "Профилактика синдрома диабетической стопы", "Скрининг и разгрузочная обувь", "Обучение подиатров.", "DIABETES"),
                listing("zh-retina", "zh", "糖尿病视网膜病变人工智能筛查", "基于眼底照相的AI筛查", "适用于基层医院。", "DIABETES")));
    }

    @AfterAll
    static void close() {
        kit.close();
    }

    @Test
    void russianQueryFindsChineseKazakhAndEnglishListings() {
        SearchResult result = kit.engine.search(SearchRequest.simple("непрерывный мониторинг глюкозы", "ru", 10));

        assertThat(result.hits()).extracting(SearchResult.Hit::id).contains("zh-cgm", "kk-cgm", "en-cgm");
        assertThat(result.queryLanguages()).startsWith("ru");
        assertThat(result.concepts()).extracting(SearchResult.ConceptTerm::code).contains("TH:CONTINUOUS_GLUCOSE_MONITORING");
    }

    @Test
    void snippetsMarkTheConceptInTheListingsOwnLanguage() {
        SearchResult result = kit.engine.search(SearchRequest.simple("непрерывный мониторинг глюкозы", "ru", 10));

        SearchResult.Hit chinese = result.hits().stream().filter(h -> h.id().equals("zh-cgm")).findFirst().orElseThrow();
        assertThat(chinese.highlights().get("title")).contains("<mark>").contains("</mark>");
        assertThat(chinese.highlights().get("title").replace("<mark>", "").replace("</mark>", "")).isEqualTo("持续葡萄糖监测系统");
        assertThat(chinese.matchedConcepts()).extracting(SearchResult.MatchedConcept::code)
                .contains("TH:CONTINUOUS_GLUCOSE_MONITORING");
    }

    @Test
    void exactWordsInTheQueryLanguageRankAboveConceptOnlyMatches() {
        SearchResult result = kit.engine.search(SearchRequest.simple("continuous glucose monitoring", "en", 10));

        assertThat(result.hits()).extracting(SearchResult.Hit::id).first().isEqualTo("en-cgm");
        assertThat(result.hits()).extracting(SearchResult.Hit::id).contains("zh-cgm", "kk-cgm");
    }

    @Test
    void uzbekCyrillicQueryMeetsUzbekLatinListing() {
        kit.publish(List.of(listing("uz-latn-cgm", "uz", "Glyukozani uzluksiz monitoring qilish", "Datchik har 5 daqiqada oʻlchaydi", "")));

        SearchResult result = kit.engine.search(SearchRequest.simple("глюкозани узлуксиз мониторинг қилиш", "uz", 10));

        assertThat(result.hits()).extracting(SearchResult.Hit::id).first().isEqualTo("uz-latn-cgm");
    }

    @Test
    void fullWidthAndTraditionalCharactersSearchTheSame() {
        SearchResult traditional = kit.engine.search(SearchRequest.simple("糖尿病視網膜病變", "zh", 10));
        SearchResult fullWidth = kit.engine.search(SearchRequest.simple("ＣＧＭ", "en", 10));

        assertThat(traditional.hits()).extracting(SearchResult.Hit::id).first().isEqualTo("zh-retina");
        assertThat(fullWidth.hits()).extracting(SearchResult.Hit::id).contains("en-cgm");
    }

    @Test
    void excludedWordRemovesListings() {
        SearchResult result = kit.engine.search(SearchRequest.simple("glucose monitoring -CGM", "en", 10));

        assertThat(result.hits()).extracting(SearchResult.Hit::id).doesNotContain("en-cgm");
    }

    @Test
    void chineseQueryFindsRussianListing() {
        SearchResult result = kit.engine.search(SearchRequest.simple("糖尿病足", "zh", 10));

        assertThat(result.hits()).extracting(SearchResult.Hit::id).contains("ru-foot");
    }

    @Test
    void aLongWordWithOneTypoStillFindsTheListing() {
        SearchResult typo = kit.engine.search(SearchRequest.simple("Профилактиа", "ru", 10));
        SearchResult swapped = kit.engine.search(SearchRequest.simple("programme monitroing", "en", 10));

        assertThat(typo.hits()).extracting(SearchResult.Hit::id).containsExactly("ru-foot");
        assertThat(swapped.hits()).extracting(SearchResult.Hit::id).first().isEqualTo("en-cgm");
    }
}
