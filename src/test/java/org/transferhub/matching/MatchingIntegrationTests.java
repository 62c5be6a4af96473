package org.transferhub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.catalog.ListingChangeListener;
import org.transferhub.matching.MatchingTestConfiguration.FakeCatalog;
import org.transferhub.matching.MatchingTestConfiguration.ListingSpec;
import org.transferhub.needs.NeedFixtures;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

@IntegrationTest
@Import(MatchingTestConfiguration.class)
class MatchingIntegrationTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    FakeCatalog catalog;
    @Autowired
    List<ListingChangeListener> listingListeners;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    TextRelevance relevance;

    final List<IndexableListing> published = new java.util.ArrayList<>();
    Session provider;
    String providerInstitution;
    ListingSpec chineseScreening;
    ListingSpec oncology;

    @BeforeEach
    void aProviderWithAChineseScreeningListingAndAnUnrelatedOne() {
        User user = accounts.createUser(Role.PROVIDER);
        provider = accounts.signIn(user.username(), TestAccounts.PASSWORD);
        providerInstitution = user.institutionId();
        chineseScreening = ListingSpec.of(catalog.nextId(), providerInstitution, "zh", "糖尿病视网膜病变人工智能筛查",
                        "基层医院使用眼底照相机进行糖尿病视网膜病变筛查，人工智能自动阅片，并培训眼科医生。")
                .requirements(List.of("retinal camera", "hospital information system"))
                .trainingLanguages(List.of("zh"))
                .regulatory(Map.of("KZ", "PENDING"));
        oncology = new ListingSpec(catalog.nextId(), "PUBLISHED", "ru", "Протокол химиотерапии рака молочной железы",
                "Клинический протокол для онкологических центров.", List.of("ONCOLOGY"), "CLINICAL_PROTOCOL", 9,
                List.of("LICENSE"), providerInstitution, "RU", List.of("RU"), List.of("ru"), Map.of(), List.of(), 1);
        publish(chineseScreening.build());
        publish(oncology.build());
    }

    @Test
    void russianNeedIsMatchedWithTheChineseListingAndTheExplanationNamesReasonsAndGaps() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String needId = open(requester, NeedFixtures.retinopathyNeed("ANONYMOUS"));

        requester.get("/api/needs/{id}/matches", needId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].listingId").isEqualTo(chineseScreening.id())
                .jsonPath("$[0].score").value(score -> assertThat((Integer) score).isBetween(40, 100))
                .jsonPath("$[0].listing.title").isEqualTo("糖尿病视网膜病变人工智能筛查")
                .jsonPath("$[0].reasons[?(@.code == 'DISEASE_AREA_MATCH')].params.areas[0]").isEqualTo("DIABETES")
                .jsonPath("$[0].reasons[?(@.code == 'REQUIREMENTS_MET')].params.items[0]").isEqualTo("hospital information system")
                .jsonPath("$[0].gaps[?(@.code == 'REQUIREMENT_MISSING')].params.item").isEqualTo(List.of("retinal camera"))
                .jsonPath("$[0].gaps[?(@.code == 'TRAINING_LANGUAGE_MISMATCH')].params.available[0]").isEqualTo("zh")
                .jsonPath("$[0].gaps[?(@.code == 'REQUIREMENT_MISSING')].message")
                        .isEqualTo(List.of("Requires retinal camera — the site does not list it"))
                .jsonPath("$[0].gaps[?(@.code == 'TRAINING_LANGUAGE_MISMATCH')].message")
                        .isEqualTo(List.of("Training materials only in zh"))
                .jsonPath("$[0].reasons[?(@.code == 'DISEASE_AREA_MATCH')].message").isEqualTo(List.of("Addresses DIABETES"))
                .jsonPath("$[0].gaps[?(@.code == 'REGISTRATION_PENDING')].message").isNotEmpty()
                .jsonPath("$[?(@.listingId == '" + oncology.id() + "')]").isEmpty();

        // stored without the sentences: code and parameters only, the messages above were rendered on read
        org.bson.Document stored = mongo.findById(needId + ":" + chineseScreening.id(), org.bson.Document.class, "matches").block();
        assertThat(stored.getList("gaps", org.bson.Document.class)).isNotEmpty()
                .allSatisfy(item -> assertThat(item.keySet()).containsExactlyInAnyOrder("code", "params"));

        provider.get("/api/listings/{id}/demand", chineseScreening.id()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.needId == '" + needId + "')].need.country").isEqualTo(List.of("KZ"))
                .jsonPath("$[?(@.needId == '" + needId + "' && @.need.institutionId == null)]").isNotEmpty();
        accounts.signInAs(Role.PROVIDER).get("/api/listings/{id}/demand", chineseScreening.id()).exchange()
                .expectStatus().isNotFound();
        accounts.signInAs(Role.PROVIDER, Role.REQUESTER).get("/api/needs/{id}/matches", needId).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theSearchIndexAnswersTheMatchersTextQuestions() {
        // the search package's bean, not matching's token-overlap fallback
        assertThat(relevance.getClass().getSimpleName()).isEqualTo("LuceneTextRelevance");
    }

    @Test
    void scoresAreStableWhenNothingChanged() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String needId = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        String first = matchesJson(requester, needId);
        publish(chineseScreening.build());
        assertThat(matchesJson(requester, needId)).isEqualTo(first);
    }

    @Test
    void aListingPublishedAgainUnchangedRewritesNoMatchAndAChangedOneIsRewritten() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String needId = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        String matchId = StoredMatch.idOf(needId, chineseScreening.id());
        StoredMatch first = mongo.findById(matchId, StoredMatch.class).block();

        publish(chineseScreening.build());
        assertThat(mongo.findById(matchId, StoredMatch.class).block().computedAt())
                .as("same score and explanation: not written again").isEqualTo(first.computedAt());

        publish(chineseScreening.trainingLanguages(List.of("zh", "ru")).build());
        StoredMatch changed = mongo.findById(matchId, StoredMatch.class).block();
        assertThat(changed.computedAt()).isAfter(first.computedAt());
        assertThat(changed.gaps()).extracting(MatchItem::code).doesNotContain("TRAINING_LANGUAGE_MISMATCH");
    }

    @Test
    void dismissingIsIdempotentKeepsTheFirstReasonAndSomeoneElsesDismissalIs404() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String needId = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        String path = "/api/needs/{id}/matches/{listingId}/dismiss";

        requester.post(path, needId, chineseScreening.id()).bodyValue(Map.of("reason", "TOO_EXPENSIVE", "note", "over budget"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.dismissal.reason").isEqualTo("TOO_EXPENSIVE");
        requester.post(path, needId, chineseScreening.id()).bodyValue(Map.of("reason", "NOT_RELEVANT"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.dismissal.reason").isEqualTo("TOO_EXPENSIVE");
        accounts.signInAs(Role.REQUESTER).post(path, needId, chineseScreening.id())
                .bodyValue(Map.of("reason", "NOT_RELEVANT")).exchange().expectStatus().isNotFound();
        provider.post(path, needId, chineseScreening.id()).bodyValue(Map.of("reason", "NOT_RELEVANT"))
                .exchange().expectStatus().isNotFound();
        requester.post(path, needId, "no-such-listing").bodyValue(Map.of("reason", "NOT_RELEVANT"))
                .exchange().expectStatus().isNotFound();
        requester.post(path, needId, chineseScreening.id()).bodyValue(Map.of("reason", "BORED"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("reason");

        requester.get("/api/needs/{id}/matches", needId).exchange().expectBody()
                .jsonPath("$[?(@.listingId == '" + chineseScreening.id() + "')]").isEmpty();
        publish(chineseScreening.build()); // recomputed: still dismissed
        requester.get("/api/needs/{id}/matches?includeDismissed=true", needId).exchange().expectBody()
                .jsonPath("$[?(@.listingId == '" + chineseScreening.id() + "')].dismissal.note").isEqualTo(List.of("over budget"));
        provider.get("/api/listings/{id}/demand", chineseScreening.id()).exchange().expectBody()
                .jsonPath("$[?(@.needId == '" + needId + "')]").isNotEmpty();
        accounts.signInAsAdmin().get("/api/staff/brokering").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.dismissalReasons[?(@.side == 'NEED' && @.reason == 'TOO_EXPENSIVE')].count").isNotEmpty();
    }

    @Test
    void theProviderDismissesANeedFromItsDemandOnceAndOthersAndStaffOnlyNeedsAre404() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String needId = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        String hidden = open(requester, NeedFixtures.retinopathyNeed("STAFF_ONLY"));
        String path = "/api/listings/{id}/demand/{needId}/dismiss";
        provider.get("/api/listings/{id}/demand", chineseScreening.id()).exchange().expectBody()
                .jsonPath("$[?(@.needId == '" + needId + "')]").isNotEmpty()
                .jsonPath("$[?(@.needId == '" + hidden + "')]").isEmpty();

        provider.post(path, chineseScreening.id(), needId).bodyValue(Map.of("reason", "NOT_FEASIBLE_AT_SITE", "note", "too far"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.dismissal.reason").isEqualTo("NOT_FEASIBLE_AT_SITE");
        provider.post(path, chineseScreening.id(), needId).bodyValue(Map.of("reason", "NOT_RELEVANT"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.dismissal.reason").isEqualTo("NOT_FEASIBLE_AT_SITE");
        accounts.signInAs(Role.PROVIDER).post(path, chineseScreening.id(), needId).bodyValue(Map.of("reason", "NOT_RELEVANT"))
                .exchange().expectStatus().isNotFound();
        requester.post(path, chineseScreening.id(), needId).bodyValue(Map.of("reason", "NOT_RELEVANT"))
                .exchange().expectStatus().isNotFound();
        provider.post(path, chineseScreening.id(), hidden).bodyValue(Map.of("reason", "NOT_RELEVANT"))
                .exchange().expectStatus().isNotFound();

        provider.get("/api/listings/{id}/demand", chineseScreening.id()).exchange().expectBody()
                .jsonPath("$[?(@.needId == '" + needId + "')]").isEmpty();
        publish(chineseScreening.build()); // recomputed: still dismissed
        provider.get("/api/listings/{id}/demand?includeDismissed=true", chineseScreening.id()).exchange().expectBody()
                .jsonPath("$[?(@.needId == '" + needId + "')].dismissal.note").isEqualTo(List.of("too far"));
        requester.get("/api/needs/{id}/matches", needId).exchange().expectBody()
                .jsonPath("$[?(@.listingId == '" + chineseScreening.id() + "')]").isNotEmpty();
        accounts.signInAs(Role.STAFF).get("/api/staff/brokering").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.dismissalReasons[?(@.side == 'LISTING' && @.reason == 'NOT_FEASIBLE_AT_SITE')].recentNotes[0]")
                .isEqualTo(List.of("too far"));
    }

    @Test
    void staffRecommendationIsShownToBothSidesAsCurated() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String needId = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        Session staff = accounts.signInAs(Role.STAFF);

        staff.post("/api/staff/matching/recommendations")
                .bodyValue(Map.of("needId", needId, "listingId", oncology.id(), "note", "Their team also trains screeners"))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.curated").isEqualTo(true).jsonPath("$.curatedNote").isEqualTo("Their team also trains screeners");

        requester.get("/api/needs/{id}/matches", needId).exchange().expectBody()
                .jsonPath("$[0].listingId").isEqualTo(oncology.id()).jsonPath("$[0].curated").isEqualTo(true);
        provider.get("/api/listings/{id}/demand", oncology.id()).exchange().expectBody()
                .jsonPath("$[?(@.needId == '" + needId + "')].curated").isEqualTo(List.of(true));
        requester.post("/api/staff/matching/recommendations")
                .bodyValue(Map.of("needId", needId, "listingId", oncology.id(), "note", "x")).exchange().expectStatus().isForbidden();
        staff.post("/api/staff/matching/recommendations")
                .bodyValue(Map.of("needId", needId, "listingId", "missing", "note", "x")).exchange().expectStatus().isNotFound();
        String institution = requester.get("/api/needs/{id}", needId).exchange().expectBody(Map.class)
                .returnResult().getResponseBody().get("institutionId").toString();
        assertThat(mongo.count(Query.query(Criteria.where("institutionId").is(institution).and("subject").is("match.CURATED")),
                Document.class, "notifications").block()).isEqualTo(1);
    }

    @Test
    void matchesFollowListingChangesIncrementally() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String needId = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        requester.get("/api/needs/{id}/matches", needId).exchange().expectBody()
                .jsonPath("$[?(@.listingId == '" + chineseScreening.id() + "')]").isNotEmpty();

        publish(chineseScreening.changed("ARCHIVED", "已下架", List.of("DIABETES")).build());
        requester.get("/api/needs/{id}/matches", needId).exchange().expectBody()
                .jsonPath("$[?(@.listingId == '" + chineseScreening.id() + "')]").isEmpty();

        ListingSpec newcomer = ListingSpec.of(catalog.nextId(), providerInstitution, "ru",
                "Скрининг диабетической ретинопатии с фундус-камерой", "Обучение офтальмологов, телемедицина.");
        publish(newcomer.build());
        requester.get("/api/needs/{id}/matches", needId).exchange().expectBody()
                .jsonPath("$[0].listingId").isEqualTo(newcomer.id())
                .jsonPath("$[0].reasons[?(@.code == 'TRAINING_LANGUAGE_MATCH')].params.languages[0]").isEqualTo("ru");
    }

    @Test
    void aListingPublishedAfterANeedClosedIsNotMatchedWithIt() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String openNeed = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        String closedNeed = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        requester.post("/api/needs/{id}/close", closedNeed).bodyValue(Map.of("outcome", "OTHER")).exchange()
                .expectStatus().isOk();

        ListingSpec newcomer = ListingSpec.of(catalog.nextId(), providerInstitution, "ru",
                "Скрининг диабетической ретинопатии с фундус-камерой", "Обучение офтальмологов, телемедицина.");
        publish(newcomer.build());

        assertThat(mongo.findById(StoredMatch.idOf(openNeed, newcomer.id()), StoredMatch.class).block())
                .as("the open need is matched").isNotNull();
        assertThat(mongo.findById(StoredMatch.idOf(closedNeed, newcomer.id()), StoredMatch.class).block())
                .as("the closed need is not").isNull();
    }

    @Test
    void aNewGoodMatchIsNotifiedToBothSidesOnlyOnce() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String needId = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        String institution = requester.get("/api/needs/{id}", needId).exchange().expectBody(Map.class)
                .returnResult().getResponseBody().get("institutionId").toString();
        ListingSpec perfect = new ListingSpec(catalog.nextId(), "PUBLISHED", "ru", "Скрининг диабетической ретинопатии",
                "Скрининг диабетической ретинопатии фундус-камерой с автоматическим анализом снимков глазного дна у пациентов с сахарным диабетом.",
                List.of("DIABETES"), "DIAGNOSTIC", 8, List.of("TRAINING"), providerInstitution, "RU", List.of("KZ"),
                List.of("ru"), Map.of("KZ", "REGISTERED"), List.of("офтальмолог"), 1);

        publish(perfect.build());
        long forProvider = notifications(providerInstitution, "match.NEW_DEMAND", perfect.build().reference());
        publish(perfect.changed("PUBLISHED", perfect.title(), perfect.diseaseAreas()).build());

        requester.get("/api/needs/{id}/matches", needId).exchange().expectBody()
                .jsonPath("$[0].listingId").isEqualTo(perfect.id())
                .jsonPath("$[0].score").value(score -> assertThat((Integer) score).isGreaterThanOrEqualTo(60));
        assertThat(notifications(institution, "match.NEW_FOR_NEED", ": " + perfect.title())).isEqualTo(1);
        // Every open need of this shared database that the listing newly matches well is announced, to its
        // requester and to the provider (announce-per-refresh caps each need, not the publish), each
        // once: the second publish announces none of them again.
        assertThat(forProvider).isPositive();
        long afterSecond = notifications(providerInstitution, "match.NEW_DEMAND", perfect.build().reference());
        assertThat(afterSecond).isEqualTo(forProvider);
        long claimed = mongo.count(Query.query(Criteria.where("_id").regex(":" + perfect.id() + "$")), "match_notices").block();
        assertThat(claimed).as("one claim per announced match").isGreaterThanOrEqualTo(afterSecond);
    }

    private long notifications(String institutionId, String subject, String mentioning) {
        return mongo.count(Query.query(Criteria.where("institutionId").is(institutionId).and("subject").is(subject)
                .and("text").regex(java.util.regex.Pattern.quote(mentioning) + "($|\\s)")), Document.class, "notifications").block();
    }

    @Test
    void editingAnOpenNeedReMatchesIt() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        Map<String, Object> need = NeedFixtures.retinopathyNeed("PUBLIC");
        String needId = open(requester, need);
        Number version = (Number) requester.get("/api/needs/{id}", needId).exchange().expectBody(Map.class)
                .returnResult().getResponseBody().get("version");

        Map<String, Object> oncologyNeed = NeedFixtures.with(NeedFixtures.with(NeedFixtures.with(need, "diseaseAreas",
                List.of("ONCOLOGY")), "problemStatement", "Протокол химиотерапии рака молочной железы"), "version", version);
        oncologyNeed = NeedFixtures.with(oncologyNeed, "title", "Химиотерапия рака молочной железы");
        requester.put("/api/needs/{id}", needId).bodyValue(NeedFixtures.with(oncologyNeed, "transferModes", List.of("LICENSE")))
                .exchange().expectStatus().isOk();

        requester.get("/api/needs/{id}/matches", needId).exchange().expectBody()
                .jsonPath("$[0].listingId").isEqualTo(oncology.id())
                .jsonPath("$[?(@.listingId == '" + chineseScreening.id() + "')]").isEmpty();
        provider.get("/api/listings/{id}/demand", chineseScreening.id()).exchange().expectBody()
                .jsonPath("$[?(@.needId == '" + needId + "')]").isEmpty();
    }

    @Test
    void staffRecomputeReportsProgressUntilDone() throws InterruptedException {
        Session requester = accounts.signInAs(Role.REQUESTER);
        open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        Session staff = accounts.signInAs(Role.STAFF);
        requester.post("/api/staff/matching/recompute").exchange().expectStatus().isForbidden();

        staff.post("/api/staff/matching/recompute").exchange().expectStatus().isAccepted();
        String state = null;
        for (int i = 0; i < 300 && !"DONE".equals(state); i++) {
            Thread.sleep(100);
            state = (String) staff.get("/api/staff/matching/status").exchange().expectBody(Map.class)
                    .returnResult().getResponseBody().get("state");
        }
        assertThat(state).isEqualTo("DONE");
        staff.get("/api/staff/matching/status").exchange().expectBody()
                .jsonPath("$.total").value(total -> assertThat(((Number) total).intValue()).isPositive())
                .jsonPath("$.done").value(done -> assertThat(((Number) done).intValue()).isPositive());
    }

    @Test
    void brokeringCountsUncoveredNeedsByCountryAndDiseaseArea() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        Map<String, Object> thyroid = NeedFixtures.with(NeedFixtures.with(NeedFixtures.retinopathyNeed("STAFF_ONLY"),
                "diseaseAreas", List.of("THYROID")), "problemStatement", "Ультразвуковая диагностика узлов щитовидной железы");
        String needId = open(requester, NeedFixtures.with(thyroid, "country", "TJ"));

        accounts.signInAs(Role.STAFF).get("/api/staff/brokering").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.threshold").isEqualTo(60)
                .jsonPath("$.uncoveredNeeds.items[?(@.id == '" + needId + "')].country").isEqualTo(List.of("TJ"))
                .jsonPath("$.uncoveredNeeds.byCountry.TJ").value(n -> assertThat(((Number) n).intValue()).isPositive())
                .jsonPath("$.uncoveredNeeds.byDiseaseArea.THYROID").value(n -> assertThat(((Number) n).intValue()).isPositive())
                .jsonPath("$.unwantedListings.total").exists();
        provider.get("/api/staff/brokering").exchange().expectStatus().isForbidden();
    }

    @Test
    void aListingNoOpenNeedWantsIsCountedAsUnwantedSupplyByItsCountryAndDiseaseArea() {
        Session staff = accounts.signInAs(Role.STAFF);
        Map<?, ?> before = (Map<?, ?>) brokering(staff).get("unwantedListings");
        publish(new ListingSpec(catalog.nextId(), "PUBLISHED", "ru", "Бариатрическая хирургия: протокол",
                "Протокол лапароскопического шунтирования желудка.", List.of("OBESITY"), "CLINICAL_PROTOCOL", 9,
                List.of("LICENSE"), providerInstitution, "MN", List.of("MN"), List.of("ru"), Map.of(), List.of(), 1).build());

        Map<?, ?> after = (Map<?, ?>) brokering(staff).get("unwantedListings");
        assertThat(count(after, "total")).isEqualTo(count(before, "total") + 1);
        assertThat(count((Map<?, ?>) after.get("byCountry"), "MN")).isEqualTo(count((Map<?, ?>) before.get("byCountry"), "MN") + 1);
        assertThat(count((Map<?, ?>) after.get("byDiseaseArea"), "OBESITY"))
                .isEqualTo(count((Map<?, ?>) before.get("byDiseaseArea"), "OBESITY") + 1);
    }

    private static Map<?, ?> brokering(Session staff) {
        return staff.get("/api/staff/brokering").exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private static long count(Map<?, ?> figures, String key) {
        return figures.get(key) instanceof Number n ? n.longValue() : 0;
    }

    /** Listings of one test must not compete in the next one's rankings (the catalog fake is shared). */
    @AfterEach
    void archiveWhatThisTestPublished() {
        published.forEach(listing -> {
            catalog.put(ListingSpec.of(listing.id(), listing.providerInstitutionId(), listing.language(), "archived", "")
                    .changed("ARCHIVED", "archived", listing.diseaseAreas()).build());
            listingListeners.forEach(listener -> listener.listingsChanged(List.of(listing.id())).block());
        });
        published.clear();
    }

    private void publish(IndexableListing listing) {
        published.add(listing);
        catalog.put(listing);
        listingListeners.forEach(listener -> listener.listingsChanged(List.of(listing.id())).block());
    }

    private static String open(Session requester, Map<String, Object> need) {
        String id = (String) requester.post("/api/needs").bodyValue(need).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        requester.post("/api/needs/{id}/open", id).exchange().expectStatus().isOk();
        return id;
    }

    private static String matchesJson(Session requester, String needId) {
        return new String(requester.get("/api/needs/{id}/matches", needId).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
