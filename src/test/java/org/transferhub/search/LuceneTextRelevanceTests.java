package org.transferhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.matching.TextRelevance.Probe;

class LuceneTextRelevanceTests {

    @TempDir
    Path dir;

    @Test
    void aListingsRelevanceToManyTextsIsItsRelevanceToEachAloneAndTextsSharingNothingAreAbsent() {
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            IndexableListing screening = SearchTestKit.listing("l1", "ru", "Скрининг диабетической ретинопатии",
                    "Фундус-камера с автоматическим анализом снимков", "Обучение офтальмологов, телемедицина", "DIABETES");
            kit.publish(List.of(screening,
                    SearchTestKit.listing("l2", "zh", "糖尿病视网膜病变人工智能筛查", "眼底照相机", "培训眼科医生", "DIABETES"),
                    SearchTestKit.listing("l3", "en", "Breast cancer chemotherapy protocol", "Oncology centres",
                            "A clinical protocol for chemotherapy", "ONCOLOGY"),
                    SearchTestKit.listing("l4", "ru", "Протокол химиотерапии рака молочной железы", "Онкология",
                            "Клинический протокол", "ONCOLOGY")));
            LuceneTextRelevance relevance = kit.textRelevance();
            List<Probe> probes = List.of(
                    new Probe("same-language", "Нужен скрининг ретинопатии у пациентов с диабетом, фундус-камера", "ru"),
                    new Probe("other-language", "糖尿病视网膜病变筛查 眼底照相机", "zh"),
                    new Probe("unrelated", "Breast cancer chemotherapy for oncology centres", "en"),
                    new Probe("nothing-shared", "zzqx wvyk", "en"));

            Map<String, Double> all = relevance.relevanceTo(screening, probes).block();

            for (Probe probe : probes) {
                assertThat(all.get(probe.key())).as(probe.key())
                        .isEqualTo(relevance.relevanceTo(screening, List.of(probe)).block().get(probe.key()));
            }
            assertThat(all).containsKeys("same-language", "other-language").doesNotContainKey("nothing-shared");
            assertThat(relevance.search("zzqx wvyk", "en", 100)).doesNotContainKey(screening.id());
        }
    }
}
