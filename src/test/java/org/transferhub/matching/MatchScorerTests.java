package org.transferhub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.matching.MatchScorer.Scored;
import org.transferhub.matching.MatchingTestConfiguration.ListingSpec;
import org.transferhub.needs.NeedContent;

/**
 * Each criterion of {@link MatchScorer} on its own: a listing that fits the need in every respect,
 * changed in one, must gain that criterion's reason or gap and move its score the right way.
 */
class MatchScorerTests {

    /** A hospital in Kazakhstan that wants diagnostic diabetes screening with training, TRL 6 or more, in Russian. */
    static final NeedContent NEED = new NeedContent("Diabetic retinopathy screening",
            "Screening of diabetic patients with a fundus camera", "ru", List.of("DIABETES"),
            List.of("DIAGNOSTIC", "DIGITAL_HEALTH"), "KZ", "Karaganda", "REGIONAL_HOSPITAL", 12000, null, null,
            List.of("TRAINING", "TECHNICAL_ASSISTANCE"), 6, List.of("ru", "kk"), "within 12 months");

    /** Relevant text, though not perfectly so: the baseline stays clear of the 100 cap. */
    static final double RELEVANT = 0.5;

    @Test
    void aListingThatFitsInEveryRespectHasOnlyReasonsAndEveryCriterionsPoints() {
        Scored scored = score(new Offer());

        assertThat(scored.gaps()).isEmpty();
        assertThat(scored.reasons()).extracting(MatchItem::code).containsExactly("TEXT_RELEVANT", "DISEASE_AREA_MATCH",
                "TECHNOLOGY_TYPE_MATCH", "TRL_MEETS_MINIMUM", "TRANSFER_MODE_MATCH", "TRAINING_LANGUAGE_MATCH",
                "COUNTRY_TARGETED", "REGISTERED_IN_COUNTRY");
        assertThat(scored.score()).isEqualTo(Math.round(MatchScorer.TEXT * RELEVANT) + MatchScorer.DISEASE
                + MatchScorer.TECHNOLOGY + MatchScorer.REQUIREMENTS + MatchScorer.TRL + MatchScorer.MODES
                + MatchScorer.LANGUAGES + MatchScorer.COUNTRY + MatchScorer.REGULATORY);
    }

    @Test
    void theSamePairScoresTheSameEveryTimeAndWithoutExplanation() {
        Offer offer = new Offer().trl(5).targets("RU").regulatory("PENDING");

        Scored first = MatchScorer.score(NEED, offer.build(), RELEVANT, item -> false);
        Scored again = MatchScorer.score(NEED, offer.build(), RELEVANT, item -> false);
        Scored unexplained = MatchScorer.score(NEED, offer.build(), RELEVANT, item -> false, false);

        assertThat(again).isEqualTo(first);
        assertThat(unexplained.score()).isEqualTo(first.score());
        assertThat(unexplained.reasons()).isEmpty();
        assertThat(unexplained.gaps()).isEmpty();
    }

    @Test
    void aReadinessLevelBelowTheMinimumIsAGapThatCostsMoreTheFurtherBelowItIs() {
        assertTradesReasonForGap(new Offer().trl(5), "TRL_MEETS_MINIMUM", Map.of("trl", 7, "minimum", 6),
                "TRL_BELOW_MINIMUM", Map.of("trl", 5, "minimum", 6), 3); // a third of the TRL points per level

        assertThat(score(new Offer().trl(3)).score()).isEqualTo(score(new Offer()).score() - MatchScorer.TRL);
    }

    @Test
    void aSharedTransferModeIsAReasonAndNoneIsAGap() {
        assertTradesReasonForGap(new Offer().modes("LICENSE", "SUPPLY"), "TRANSFER_MODE_MATCH",
                Map.of("modes", List.of("TRAINING")), "TRANSFER_MODE_MISMATCH",
                Map.of("offered", List.of("LICENSE", "SUPPLY")), MatchScorer.MODES);
    }

    @Test
    void aWantedTechnologyTypeIsAReasonAndAnotherIsAGap() {
        assertTradesReasonForGap(new Offer().type("CLINICAL_PROTOCOL"), "TECHNOLOGY_TYPE_MATCH",
                Map.of("type", "DIAGNOSTIC"), "TECHNOLOGY_TYPE_MISMATCH",
                Map.of("offered", "CLINICAL_PROTOCOL", "wanted", List.of("DIAGNOSTIC", "DIGITAL_HEALTH")),
                MatchScorer.TECHNOLOGY);
    }

    @Test
    void anotherDiseaseAreaIsAGapButNotOffTopicWhileTheTextIsRelevant() {
        assertTradesReasonForGap(new Offer().areas("ONCOLOGY"), "DISEASE_AREA_MATCH",
                Map.of("areas", List.of("DIABETES")),
                "DISEASE_AREA_MISMATCH", Map.of("wanted", List.of("DIABETES"), "offered", List.of("ONCOLOGY")),
                MatchScorer.DISEASE);
    }

    @Test
    void aNeedsCountryMissingFromTheTargetCountriesIsAGapWhileNoTargetsMeansEverywhere() {
        assertTradesReasonForGap(new Offer().targets("RU", "UZ"), "COUNTRY_TARGETED", Map.of("country", "KZ"),
                "COUNTRY_NOT_TARGETED", Map.of("country", "KZ", "targets", List.of("RU", "UZ")), MatchScorer.COUNTRY);

        Scored everywhere = score(new Offer().targets());
        assertThat(everywhere.gaps()).isEmpty();
        assertThat(everywhere.score()).isEqualTo(score(new Offer()).score());
    }

    /** The baseline listing is REGISTERED in KZ; an empty status means the listing says nothing about KZ. */
    @ParameterizedTest
    @CsvSource({
            "REGISTERED,     REGISTERED_IN_COUNTRY,     reason, 0",
            "NOT_REQUIRED,   REGISTRATION_NOT_REQUIRED, reason, 0",
            "PENDING,        REGISTRATION_PENDING,      gap,    2",
            "'',             REGULATORY_STATUS_UNKNOWN, gap,    2",
            "NOT_REGISTERED, NOT_REGISTERED_IN_COUNTRY, gap,    4"})
    void theRegulatoryStatusInTheNeedsCountryIsAReasonOrAGap(String status, String code, String kind, int lost) {
        Scored baseline = score(new Offer());
        Scored scored = score(status.isEmpty() ? new Offer().regulatoryElsewhere() : new Offer().regulatory(status));

        List<MatchItem> items = kind.equals("reason") ? scored.reasons() : scored.gaps();
        assertThat(items).extracting(MatchItem::code, MatchItem::params).contains(tuple(code, Map.of("country", "KZ")));
        assertThat(scored.gaps()).hasSize(kind.equals("reason") ? 0 : 1);
        assertThat(scored.score()).isEqualTo(baseline.score() - lost);
    }

    @Test
    void weakTextWithAnotherDiseaseAreaIsOffTopicAndHalvesTheScore() {
        Scored justRelated = score(new Offer().areas("ONCOLOGY"), 0.1);
        Scored offTopic = score(new Offer().areas("ONCOLOGY"), 0.04);

        assertThat(justRelated.gaps()).extracting(MatchItem::code).containsExactly("DISEASE_AREA_MISMATCH");
        assertThat(offTopic.gaps()).extracting(MatchItem::code, MatchItem::params).containsExactly(
                tuple("TEXT_WEAKLY_RELATED", Map.of("relevance", 4)),
                tuple("DISEASE_AREA_MISMATCH", Map.of("wanted", List.of("DIABETES"), "offered", List.of("ONCOLOGY"))),
                tuple("OFF_TOPIC", Map.of()));
        // every other criterion fits: the listing earns all but disease and most of the text, then half of that
        double unhalved = MatchScorer.TEXT * 0.04 + MatchScorer.TECHNOLOGY + MatchScorer.REQUIREMENTS + MatchScorer.TRL
                + MatchScorer.MODES + MatchScorer.LANGUAGES + MatchScorer.COUNTRY + MatchScorer.REGULATORY;
        assertThat(offTopic.score()).isEqualTo(Math.round(unhalved / 2)).isLessThan(justRelated.score() / 2 + 1);
    }

    @Test
    void weakTextInTheWantedDiseaseAreaIsNotOffTopic() {
        Scored scored = score(new Offer(), 0.04);

        assertThat(scored.gaps()).extracting(MatchItem::code).containsExactly("TEXT_WEAKLY_RELATED");
        assertThat(scored.score()).isLessThan(score(new Offer()).score()).isGreaterThan(50);
    }

    @Test
    void theScoreStaysWithin0And100AtTheExtremes() {
        Offer worst = new Offer().areas("ONCOLOGY").type("CLINICAL_PROTOCOL").trl(1).modes("LICENSE").targets("RU")
                .regulatory("NOT_REGISTERED");

        assertThat(score(new Offer(), 1.0).score()).isEqualTo(100);
        assertThat(score(new Offer(), 2.0).score()).isEqualTo(100);
        assertThat(score(worst, 0).score()).isBetween(0, 100).isLessThan(10);
        assertThat(score(worst, -1).score()).isBetween(0, 100);
    }

    /**
     * Asserts that the baseline listing has the reason, and that the changed one has the gap instead, as
     * its only gap, and scores {@code lost} points less.
     */
    private static void assertTradesReasonForGap(Offer changed, String reason, Map<String, Object> reasonParams,
            String gap, Map<String, Object> gapParams, int lost) {
        Scored baseline = score(new Offer());
        Scored scored = score(changed);

        assertThat(baseline.reasons()).extracting(MatchItem::code, MatchItem::params)
                .contains(tuple(reason, reasonParams));
        assertThat(scored.gaps()).extracting(MatchItem::code, MatchItem::params).containsExactly(tuple(gap, gapParams));
        assertThat(scored.reasons()).extracting(MatchItem::code).doesNotContain(reason);
        assertThat(scored.score()).isEqualTo(baseline.score() - lost);
    }

    private static Scored score(Offer offer) {
        return score(offer, RELEVANT);
    }

    /** Scores with a site that has nothing (the offers have no requirements), checking what holds for every score. */
    private static Scored score(Offer offer, double relevance) {
        Scored scored = MatchScorer.score(NEED, offer.build(), relevance, item -> false);
        assertThat(scored.score()).isBetween(0, 100);
        assertThat(MatchScorer.score(NEED, offer.build(), relevance, item -> false)).isEqualTo(scored);
        return scored;
    }

    /** The listing under test: by default it fits {@link #NEED} in every respect; each setter changes one. */
    private static final class Offer {

        private List<String> areas = List.of("DIABETES");
        private String type = "DIAGNOSTIC";
        private int trl = 7;
        private List<String> modes = List.of("TRAINING", "LICENSE");
        private List<String> targets = List.of("KZ", "UZ");
        private Map<String, String> regulatory = Map.of("KZ", "REGISTERED");

        Offer areas(String... value) {
            areas = List.of(value);
            return this;
        }

        Offer type(String value) {
            type = value;
            return this;
        }

        Offer trl(int value) {
            trl = value;
            return this;
        }

        Offer modes(String... value) {
            modes = List.of(value);
            return this;
        }

        Offer targets(String... value) {
            targets = List.of(value);
            return this;
        }

        Offer regulatory(String statusInKazakhstan) {
            regulatory = Map.of("KZ", statusInKazakhstan);
            return this;
        }

        Offer regulatoryElsewhere() {
            regulatory = Map.of("UZ", "REGISTERED");
            return this;
        }

        IndexableListing build() {
            return new ListingSpec("listing-1", "PUBLISHED", "ru", "Скрининг ретинопатии", "Фундус-камера и обучение",
                    areas, type, trl, modes, "institution-1", "CN", targets, List.of("ru"), regulatory, List.of(), 1)
                    .build();
        }
    }
}
