package org.transferhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.transferhub.search.analysis.IndexFields;

/** Which texts the highlighter may skip analysing for a field: only those where no wanted term can occur. */
class HighlighterScriptsTests {

    @Test
    void skipsTextsInScriptsNoWantedTermUses() {
        assertThat(Highlighter.mayContain(IndexFields.NEUTRAL, Highlighter.scriptsOf("糖尿病视网膜病变筛查"), Set.of("ретинопатия")))
                .isFalse();
        assertThat(Highlighter.mayContain(IndexFields.NEUTRAL, Highlighter.scriptsOf("Скрининг ретинопатии"), Set.of("ретинопатия")))
                .isTrue();
        assertThat(Highlighter.mayContain(IndexFields.NEUTRAL, Highlighter.scriptsOf("糖尿病 HbA1c"), Set.of("hba1c"))).isTrue();
        assertThat(Highlighter.mayContain(IndexFields.NEUTRAL, Highlighter.scriptsOf("糖尿病"), Set.of("2026"))).isTrue();
    }

    @Test
    void theTurkicLatinFieldLooksIntoCyrillicTextsWhichItsAnalysisTransliterates() {
        assertThat(Highlighter.mayContain(IndexFields.TURKIC_LATIN, Highlighter.scriptsOf("Қант диабеті мектебі"), Set.of("qant")))
                .isTrue();
        assertThat(Highlighter.mayContain(IndexFields.TURKIC_LATIN, Highlighter.scriptsOf("Qandli diabet"), Set.of("qandli")))
                .isTrue();
        assertThat(Highlighter.mayContain(IndexFields.TURKIC_LATIN, Highlighter.scriptsOf("糖尿病学校"), Set.of("qant"))).isFalse();
    }
}
