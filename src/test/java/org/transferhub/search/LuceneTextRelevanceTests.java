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

            Map<String, Double> all = relevance.score(screening, probes); // the kit's index is never READY

            for (Probe probe : probes) {
                assertThat(all.get(probe.key())).as(probe.key())
                        .isEqualTo(relevance.score(screening, List.of(probe)).get(probe.key()));
            }
            assertThat(all).containsKeys("same-language", "other-language").doesNotContainKey("nothing-shared");
            assertThat(relevance.search("zzqx wvyk", "en", 100)).doesNotContainKey(screening.id());
        }
    }

    /**
     * A pair scored when the listing changes (relevanceTo) must get the score the need's own refresh
     * (search) gives it, or a match's score would depend on which path computed it last. Both are
     * called directly: the kit's index is never READY, so the public methods would answer with the fallback.
     */
    @Test
    void aListingsRelevanceToATextIsWhatTheSearchForThatTextReportsForIt() {
        try (SearchTestKit kit = new SearchTestKit(dir)) {
            List<IndexableListing> listings = List.of(
                    SearchTestKit.listing("l1", "ru", "Скрининг диабетической ретинопатии",
                            "Фундус-камера с автоматическим анализом снимков", "Обучение офтальмологов, телемедицина", "DIABETES"),
                    SearchTestKit.listing("l2", "zh", "糖尿病视网膜病变人工智能筛查", "眼底照相机", "培训眼科医生", "DIABETES"),
                    SearchTestKit.listing("l3", "en", "Breast cancer chemotherapy protocol", "Oncology centres",
                            "A clinical protocol for chemotherapy", "ONCOLOGY"),
                    SearchTestKit.listing("l4", "ru", "Протокол химиотерапии рака молочной железы", "Онкология",
                            "Клинический протокол", "ONCOLOGY"),
                    SearchTestKit.listing("l5", "kk", "Қант диабеті кезіндегі ретинопатия скринингі",
                            "Көз түбінің камерасы", "Офтальмологтарды оқыту", "DIABETES"),
                    SearchTestKit.listing("l6", "en", "Continuous glucose monitoring for type 1 diabetes",
                            "CGM sensors with a telemedicine dashboard", "Training of endocrinologists and nurses", "DIABETES"));
            kit.publish(listings);
            LuceneTextRelevance relevance = kit.textRelevance();
            List<Probe> probes = List.of(
                    new Probe("ru", "Нужен скрининг ретинопатии у пациентов с диабетом, фундус-камера", "ru"),
                    new Probe("zh", "糖尿病视网膜病变筛查 眼底照相机", "zh"),
                    new Probe("en", "Breast cancer chemotherapy for oncology centres", "en"),
                    new Probe("kk", "Қант диабеті бар науқастарда ретинопатия скринингі", "kk"),
                    new Probe("cgm", "непрерывный мониторинг глюкозы при диабете 1 типа", "ru"),
                    new Probe("uz", "Qandli diabetda retinopatiya skriningi", "uz"));

            for (Probe probe : probes) {
                Map<String, Double> searched = relevance.search(probe.text(), probe.language(), 100);
                for (IndexableListing listing : listings) {
                    assertThat(relevance.score(listing, List.of(probe)).getOrDefault(probe.key(), 0.0))
                            .as(probe.key() + " → " + listing.id())
                            .isEqualTo(searched.getOrDefault(listing.id(), 0.0));
                }
            }
        }
    }
}
