package org.transferhub.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.transferhub.account.Role;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.matching.MatchingTestConfiguration;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

@IntegrationTest
@Import(MatchingTestConfiguration.class)
class NeedLifecycleIntegrationTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    @Autowired
    TestAccounts accounts;
    @Autowired
    Needs needs;
    @Autowired
    NeedExpiry expiry;
    @Autowired
    MatchingTestConfiguration.MovableClock clock;
    @Autowired
    MatchingTestConfiguration.FakeCatalog catalog;
    @Autowired
    NeedWordsBackfill backfill;
    @Autowired
    org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

    @Test
    void requesterPostsOpensEditsAndClosesANeedAndItsHistoryIsKept() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        Map<String, Object> draft = post(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        String id = (String) draft.get("id");

        Map<String, Object> open = requester.post("/api/needs/{id}/open", id).exchange()
                .expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        assertThat(open.get("status")).isEqualTo("OPEN");
        assertThat(open.get("expiresAt")).isNotNull();

        Map<String, Object> edit = NeedFixtures.with(NeedFixtures.retinopathyNeed("ANONYMOUS"), "version", open.get("version"));
        requester.put("/api/needs/{id}", id).bodyValue(NeedFixtures.with(edit, "patientsPerYear", 15000)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.visibility").isEqualTo("ANONYMOUS")
                .jsonPath("$.content.patientsPerYear").isEqualTo(15000);

        requester.post("/api/needs/{id}/close", id).bodyValue(Map.of("outcome", "WON")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("outcome");
        requester.post("/api/needs/{id}/close", id).bodyValue(Map.of("outcome", "FULFILLED_ELSEWHERE", "note", "bought one"))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("CLOSED").jsonPath("$.outcome").isEqualTo("FULFILLED_ELSEWHERE");
        requester.post("/api/needs/{id}/open", id).exchange().expectStatus().isEqualTo(409);
        requester.post("/api/needs/{id}/close", id).bodyValue(Map.of("outcome", "OTHER")).exchange()
                .expectStatus().isEqualTo(409);

        requester.get("/api/needs/{id}/history", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].event").isEqualTo(List.of("CREATED", "OPENED", "EDITED", "CLOSED"))
                .jsonPath("$[3].status").isEqualTo("CLOSED")
                .jsonPath("$[3].outcome").isEqualTo("FULFILLED_ELSEWHERE")
                .jsonPath("$[3].outcomeNote").isEqualTo("bought one");
        requester.get("/api/my/needs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + id + "')].status").isEqualTo(List.of("CLOSED"));
    }

    @Test
    void anOpenNeedIsMarkedMatchedWithAPublishedListingOnlyAndThenClosedWithItsHistory() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        String draft = (String) post(requester, NeedFixtures.retinopathyNeed("PUBLIC")).get("id");
        IndexableListing camera = catalog.put(MatchingTestConfiguration.ListingSpec.of(catalog.nextId(), "P-M",
                "zh", "糖尿病视网膜病变筛查", "使用眼底照相机开展筛查。").build());
        IndexableListing archived = catalog.put(MatchingTestConfiguration.ListingSpec.of(catalog.nextId(), "P-M",
                "en", "Old camera", "Retired.").changed("ARCHIVED", "Old camera", List.of("DIABETES")).build());

        requester.post("/api/needs/{id}/matched", draft).bodyValue(Map.of("listingId", camera.id())).exchange()
                .expectStatus().isEqualTo(409); // a draft is not matched
        String id = open(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        requester.post("/api/needs/{id}/matched", id).bodyValue(Map.of("listingId", archived.id())).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("listingId");
        requester.post("/api/needs/{id}/matched", id).bodyValue(Map.of("listingId", "no-such-listing")).exchange()
                .expectStatus().isBadRequest();
        accounts.signInAs(Role.REQUESTER).post("/api/needs/{id}/matched", id)
                .bodyValue(Map.of("listingId", camera.id())).exchange().expectStatus().isNotFound();

        requester.post("/api/needs/{id}/matched", id).bodyValue(Map.of("listingId", camera.id())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("MATCHED").jsonPath("$.matchedListingId").isEqualTo(camera.id());
        requester.post("/api/needs/{id}/matched", id).bodyValue(Map.of("listingId", camera.id())).exchange()
                .expectStatus().isEqualTo(409);
        requester.post("/api/needs/{id}/close", id).bodyValue(Map.of("outcome", "FULFILLED_THROUGH_PORTAL")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CLOSED");

        requester.get("/api/needs/{id}/history", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[*].event").isEqualTo(List.of("CREATED", "OPENED", "MATCHED", "CLOSED"))
                .jsonPath("$[2].matchedListingId").isEqualTo(camera.id());
        catalog.put(MatchingTestConfiguration.ListingSpec.of(camera.id(), "P-M", "zh", "archived", "")
                .changed("ARCHIVED", "archived", List.of("DIABETES")).build()); // the catalog fake is shared
    }

    @Test
    void editBasedOnAStaleVersionIsRefusedWith409AndChangesNothing() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        Map<String, Object> draft = post(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        String id = (String) draft.get("id");
        Map<String, Object> first = NeedFixtures.with(NeedFixtures.retinopathyNeed("PUBLIC"), "version", draft.get("version"));
        requester.put("/api/needs/{id}", id).bodyValue(NeedFixtures.with(first, "region", "Astana")).exchange()
                .expectStatus().isOk();

        requester.put("/api/needs/{id}", id).bodyValue(NeedFixtures.with(first, "region", "Almaty")).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:stale-version");
        assertThat(needs.findById(id).block().content().region()).isEqualTo("Astana");
    }

    @Test
    void ofConcurrentEditsOfTheSameVersionExactlyOneWins() throws Exception {
        Session requester = accounts.signInAs(Role.REQUESTER);
        Map<String, Object> draft = post(requester, NeedFixtures.retinopathyNeed("PUBLIC"));
        String id = (String) draft.get("id");
        Map<String, Object> edit = NeedFixtures.with(NeedFixtures.retinopathyNeed("PUBLIC"), "version", draft.get("version"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String region = "Region " + i;
                results.add(pool.submit(() -> requester.put("/api/needs/{id}", id)
                        .bodyValue(NeedFixtures.with(edit, "region", region)).exchange()
                        .returnResult(Void.class).getStatus().value()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(needs.findById(id).block().version()).isEqualTo(((Number) draft.get("version")).longValue() + 1);
    }

    @Test
    void otherInstitutionsGet404ForPrivateNeedsAnd403ForChangingVisibleOnes() {
        Session owner = accounts.signInAs(Role.REQUESTER);
        Session provider = accounts.signInAs(Role.PROVIDER, Role.REQUESTER);
        String draftId = (String) post(owner, NeedFixtures.retinopathyNeed("PUBLIC")).get("id");
        String staffOnlyId = open(owner, NeedFixtures.retinopathyNeed("STAFF_ONLY"));
        String publicId = open(owner, NeedFixtures.retinopathyNeed("PUBLIC"));

        provider.get("/api/needs/{id}", draftId).exchange().expectStatus().isNotFound();
        provider.get("/api/needs/{id}", staffOnlyId).exchange().expectStatus().isNotFound();
        provider.post("/api/needs/{id}/close", staffOnlyId).bodyValue(Map.of("outcome", "OTHER")).exchange()
                .expectStatus().isNotFound();
        provider.get("/api/needs/{id}", publicId).exchange().expectStatus().isOk();
        provider.post("/api/needs/{id}/close", publicId).bodyValue(Map.of("outcome", "OTHER")).exchange()
                .expectStatus().isForbidden();
        accounts.signInAs(Role.STAFF).get("/api/needs/{id}", staffOnlyId).exchange().expectStatus().isOk();
        assertThat(needs.findById(publicId).block().status()).isEqualTo(NeedStatus.OPEN);
    }

    @Test
    void requesterOfAnUnverifiedInstitutionCannotPostNeeds() {
        String pending = accounts.createInstitution(false).id();
        var user = accounts.createUser("pending-" + System.nanoTime(), java.util.Set.of(Role.REQUESTER), pending);
        Session requester = accounts.signIn(user.username(), TestAccounts.PASSWORD);
        requester.post("/api/needs").bodyValue(NeedFixtures.retinopathyNeed("PUBLIC")).exchange()
                .expectStatus().isForbidden();
        accounts.signInAs(Role.PROVIDER).post("/api/needs").bodyValue(NeedFixtures.retinopathyNeed("PUBLIC")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void boardShowsOpenPublicAndAnonymousNeedsToProvidersAndHidesAnonymousInstitutions() {
        Session owner = accounts.signInAs(Role.REQUESTER);
        String publicId = open(owner, NeedFixtures.retinopathyNeed("PUBLIC"));
        String anonymousId = open(owner, NeedFixtures.retinopathyNeed("ANONYMOUS"));
        String staffOnlyId = open(owner, NeedFixtures.retinopathyNeed("STAFF_ONLY"));
        Session provider = accounts.signInAs(Role.PROVIDER);

        provider.get("/api/needs/board?country=KZ&diseaseArea=DIABETES&size=100").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + publicId + "')].institutionId").isNotEmpty()
                .jsonPath("$[?(@.id == '" + anonymousId + "' && @.institutionId == null)]").isNotEmpty()
                .jsonPath("$[?(@.id == '" + anonymousId + "')].content.country").isEqualTo(List.of("KZ"))
                .jsonPath("$[?(@.id == '" + staffOnlyId + "')]").isEmpty()
                .jsonPath("$[0].content.budget").doesNotExist();
        provider.get("/api/needs/board?text={text}&size=100", "眼底照相机").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + publicId + "')]").isNotEmpty();
        provider.get("/api/needs/board?text={text}&size=100", "гемодиализ").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.id == '" + publicId + "')]").isEmpty();
        provider.get("/api/needs/board?diseaseArea=NOT_A_CODE").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("diseaseArea");
        provider.get("/api/needs/board?country=XX").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("country");
        owner.get("/api/needs/board").exchange().expectStatus().isForbidden();
    }

    @Test
    void boardTextIsReadAsTheSearchReadsItStemsAnyWordOrderChineseWordsAndAllWordsRequired() {
        Session owner = accounts.signInAs(Role.REQUESTER);
        String russian = open(owner, NeedFixtures.with(NeedFixtures.retinopathyNeed("PUBLIC"), "problemStatement",
                "Районные больницы обслуживают выездные бригады; нужен скрининг диабетической ретинопатии."));
        Map<String, Object> chineseNeed = NeedFixtures.with(NeedFixtures.retinopathyNeed("PUBLIC"), "problemStatement",
                "我们需要在县医院开展远程会诊和基层医生培训。");
        chineseNeed = NeedFixtures.with(NeedFixtures.with(chineseNeed, "language", "zh"), "title", "县医院远程会诊");
        String chinese = open(owner, chineseNeed);
        Session provider = accounts.signInAs(Role.PROVIDER);

        assertThat(board(provider, "выездной бригадой")).contains(russian); // other case, singular
        assertThat(board(provider, "бригады выездные")).contains(russian); // other order
        assertThat(board(provider, "выездные бригады кардиохирургов")).doesNotContain(russian); // every word counts
        assertThat(board(provider, "远程会诊")).contains(chinese).doesNotContain(russian);
        assertThat(board(provider, "!!! ...")).isEmpty();

        // A need saved before the board read words is found again once the backfill has analysed it.
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is(russian)),
                new org.springframework.data.mongodb.core.query.Update().unset("words"), Need.class).block();
        assertThat(board(provider, "выездной бригадой")).doesNotContain(russian);
        assertThat(backfill.run().block()).isPositive();
        assertThat(board(provider, "выездной бригадой")).contains(russian);
    }

    @SuppressWarnings("unchecked")
    private static List<String> board(Session provider, String text) {
        List<Map<String, Object>> found = provider.get("/api/needs/board?text={text}&size=100", text).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
        return found.stream().map(need -> (String) need.get("id")).toList();
    }

    @Test
    void openNeedIsRemindedOnceThenExpires() {
        Session owner = accounts.signInAs(Role.REQUESTER);
        String id = open(owner, NeedFixtures.retinopathyNeed("PUBLIC"));

        clock.advance(Duration.ofDays(170));
        expiry.run().block();
        expiry.run().block();
        Need reminded = needs.findById(id).block();
        assertThat(reminded.reminderSentAt()).isNotNull();
        assertThat(reminded.status()).isEqualTo(NeedStatus.OPEN);

        clock.advance(Duration.ofDays(11));
        expiry.run().block();
        assertThat(needs.findById(id).block().status()).isEqualTo(NeedStatus.EXPIRED);
        owner.get("/api/needs/{id}/history", id).exchange().expectBody()
                .jsonPath("$[*].event").isEqualTo(List.of("CREATED", "OPENED", "EXPIRY_REMINDED", "EXPIRED"));
        owner.post("/api/needs/{id}/open", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("OPEN");
    }

    private static Map<String, Object> post(Session requester, Map<String, Object> body) {
        return requester.post("/api/needs").bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
    }

    static String open(Session requester, Map<String, Object> body) {
        String id = (String) post(requester, body).get("id");
        requester.post("/api/needs/{id}/open", id).exchange().expectStatus().isOk();
        return id;
    }
}
