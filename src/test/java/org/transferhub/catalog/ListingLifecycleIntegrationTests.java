package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.transferhub.account.CurrentUser;

@CatalogIntegrationTest
class ListingLifecycleIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired RecordingListener listener;

    CatalogClient catalog;
    CurrentUser provider;
    CurrentUser staff;

    @BeforeEach
    void setUp() {
        catalog = new CatalogClient(context);
        provider = catalog.providerOfNewInstitution();
        staff = catalog.staff();
    }

    @Test
    void draftIsSubmittedSentBackFixedAndPublished() {
        Map<String, Object> created = catalog.create(provider, CatalogClient.content("Insulin pump titration"));
        String id = (String) created.get("id");
        assertThat(created.get("status")).isEqualTo("DRAFT");
        assertThat((String) created.get("reference")).matches("TH-\\d{4}-\\d{6}");

        catalog.post(provider, "/api/listings/" + id + "/submit").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("SUBMITTED");
        catalog.as(staff).get().uri("/api/staff/listings/review-queue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == '" + id + "')].kind").isEqualTo("NEW_LISTING");

        catalog.requestChanges(staff, id, "Please add outcome data").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CHANGES_REQUESTED")
                .jsonPath("$.staffComment").isEqualTo("Please add outcome data");

        long version = version(id);
        Map<String, Object> fixed = CatalogClient.content("Insulin pump titration");
        fixed.put("description", "Now with HbA1c outcomes of 1,200 patients.");
        catalog.edit(provider, id, version, fixed).expectStatus().isOk();
        catalog.post(provider, "/api/listings/" + id + "/submit").expectStatus().isOk();

        catalog.post(staff, "/api/staff/listings/" + id + "/publish").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.publishedAt").exists()
                .jsonPath("$.expiresAt").exists();
        assertThat(listener.wasToldAbout(id)).isTrue();

        catalog.anonymous().get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.description").isEqualTo("Now with HbA1c outcomes of 1,200 patients.");

        catalog.as(provider).get().uri("/api/listings/{id}/history", id).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[*].action").value(actions -> assertThat(actions.toString())
                        .contains("CREATED", "SUBMITTED", "CHANGES_REQUESTED", "EDITED", "PUBLISHED"))
                .jsonPath("$[?(@.action == 'EDITED')].changedFields[0]").isEqualTo("description")
                .jsonPath("$[?(@.action == 'CHANGES_REQUESTED')].actorId").isEqualTo(staff.userId());
    }

    @Test
    void forbiddenTransitionsAreConflicts() {
        String draft = catalog.createDraft(provider, "Draft");
        catalog.post(staff, "/api/staff/listings/" + draft + "/publish").expectStatus().isEqualTo(409);
        catalog.post(staff, "/api/staff/listings/" + draft + "/archive").expectStatus().isEqualTo(409);
        catalog.requestChanges(staff, draft, "no").expectStatus().isEqualTo(409);
        catalog.post(provider, "/api/listings/" + draft + "/renew").expectStatus().isEqualTo(409);

        catalog.post(provider, "/api/listings/" + draft + "/submit").expectStatus().isOk();
        catalog.post(provider, "/api/listings/" + draft + "/submit").expectStatus().isEqualTo(409);
        catalog.edit(provider, draft, version(draft), CatalogClient.content("Edited while under review"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:conflict");

        catalog.post(staff, "/api/staff/listings/" + draft + "/publish").expectStatus().isOk();
        catalog.post(staff, "/api/staff/listings/" + draft + "/publish").expectStatus().isEqualTo(409);
        catalog.post(provider, "/api/listings/" + draft + "/submit").expectStatus().isEqualTo(409);

        catalog.post(staff, "/api/staff/listings/" + draft + "/archive").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ARCHIVED");
        catalog.post(staff, "/api/staff/listings/" + draft + "/archive").expectStatus().isEqualTo(409);
        catalog.post(provider, "/api/listings/" + draft + "/renew").expectStatus().isEqualTo(409);
        catalog.edit(provider, draft, version(draft), CatalogClient.content("Edit archived")).expectStatus().isEqualTo(409);
        catalog.anonymous().get().uri("/api/listings/{id}", draft).exchange().expectStatus().isNotFound();
    }

    @Test
    void editingAPublishedListingKeepsThePublishedTextUntilStaffApprove() {
        String id = catalog.published(provider, staff, CatalogClient.content("Original title"));
        listener.forget(id);

        catalog.edit(provider, id, version(id), CatalogClient.content("Revised title")).expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Original title")
                .jsonPath("$.pendingRevision.content.title").isEqualTo("Revised title")
                .jsonPath("$.pendingRevision.state").isEqualTo("SUBMITTED");

        catalog.anonymous().get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Original title")
                .jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.pendingRevision").doesNotExist();
        catalog.as(staff).get().uri("/api/staff/listings/review-queue").exchange()
                .expectBody().jsonPath("$[?(@.id == '" + id + "')].kind").isEqualTo("REVISION");
        assertThat(listener.wasToldAbout(id)).isFalse();

        catalog.post(staff, "/api/staff/listings/" + id + "/publish").expectStatus().isOk();
        catalog.anonymous().get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Revised title");
        assertThat(listener.wasToldAbout(id)).isTrue();
    }

    @Test
    void revisionSentBackIsResubmittedByTheProvider() {
        String id = catalog.published(provider, staff, CatalogClient.content("Published"));
        catalog.edit(provider, id, version(id), CatalogClient.content("Revision one")).expectStatus().isOk();
        catalog.requestChanges(staff, id, "Cite the trial").expectStatus().isOk()
                .expectBody().jsonPath("$.pendingRevision.state").isEqualTo("CHANGES_REQUESTED")
                .jsonPath("$.status").isEqualTo("PUBLISHED");
        catalog.edit(provider, id, version(id), CatalogClient.content("Revision two")).expectStatus().isOk()
                .expectBody().jsonPath("$.pendingRevision.state").isEqualTo("SUBMITTED");
        catalog.post(staff, "/api/staff/listings/" + id + "/publish").expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Revision two");
    }

    @Test
    void staleEditIsRejectedAndTheFirstEditSurvives() {
        String id = catalog.createDraft(provider, "Shared draft");
        long version = version(id);

        catalog.edit(provider, id, version, CatalogClient.content("First edit")).expectStatus().isOk();
        catalog.edit(provider, id, version, CatalogClient.content("Second edit")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:stale-version");

        catalog.as(provider).get().uri("/api/listings/{id}", id).exchange()
                .expectBody().jsonPath("$.title").isEqualTo("First edit");
    }

    @Test
    void editWithoutIfMatchIsRejected() {
        String id = catalog.createDraft(provider, "Needs version");
        catalog.as(provider).put().uri("/api/listings/{id}", id).bodyValue(CatalogClient.content("x"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("If-Match");
    }

    @Test
    void myListingsShowEveryStatusOfMyInstitutionOnly() {
        String mine = catalog.createDraft(provider, "Mine");
        catalog.createDraft(catalog.providerOfNewInstitution(), "Theirs");
        catalog.as(provider).get().uri("/api/my/listings").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(mine);
    }

    @Test
    void staffReviewedTranslationIsMarkedAndTheOriginalKept() {
        String id = catalog.published(provider, staff, CatalogClient.content("原文标题"));
        listener.forget(id);

        catalog.as(staff).put().uri("/api/staff/listings/{id}/translations/kk", id)
                .bodyValue(Map.of("title", "Қазақша атауы", "summary", "Қысқаша"))
                .exchange().expectStatus().isOk();

        catalog.anonymous().get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("原文标题")
                .jsonPath("$.language").isEqualTo("zh")
                .jsonPath("$.translations.kk.source").isEqualTo("STAFF_REVIEWED")
                .jsonPath("$.translations.ru.source").isEqualTo("PROVIDER");
        assertThat(listener.wasToldAbout(id)).isTrue();
        catalog.as(staff).put().uri("/api/staff/listings/{id}/translations/zh", id).bodyValue(Map.of("title", "x"))
                .exchange().expectStatus().isBadRequest();
        catalog.as(provider).put().uri("/api/staff/listings/{id}/translations/kk", id).bodyValue(Map.of("title", "x"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aProviderSaveKeepsAReviewOnlyWhereTheTranslationIsUnchanged() {
        String kept = reviewedInKazakh("评审保留");
        Map<String, Object> edited = CatalogClient.content("评审保留，新版");
        edited.put("translations", Map.of(
                "kk", Map.of("title", "Қазақша атауы", "summary", "Қысқаша"),
                "ru", Map.of("title", "Новый перевод", "source", "STAFF_REVIEWED")));
        catalog.edit(provider, kept, version(kept), edited).expectStatus().isOk()
                .expectBody().jsonPath("$.pendingRevision.content.translations.kk.source").isEqualTo("STAFF_REVIEWED")
                .jsonPath("$.pendingRevision.content.translations.ru.source").isEqualTo("PROVIDER");

        String changed = reviewedInKazakh("评审取消");
        edited.put("translations", Map.of("kk", Map.of("title", "Басқа атау", "summary", "Қысқаша")));
        catalog.edit(provider, changed, version(changed), edited).expectStatus().isOk()
                .expectBody().jsonPath("$.pendingRevision.content.translations.kk.source").isEqualTo("PROVIDER");
    }

    private String reviewedInKazakh(String title) {
        String id = catalog.published(provider, staff, CatalogClient.content(title));
        catalog.as(staff).put().uri("/api/staff/listings/{id}/translations/kk", id)
                .bodyValue(Map.of("title", "Қазақша атауы", "summary", "Қысқаша")).exchange().expectStatus().isOk();
        return id;
    }

    @Test
    void twoStaffPublishingAtOnceMakeExactlyOneWinner() {
        String id = catalog.createDraft(provider, "Raced");
        catalog.post(provider, "/api/listings/" + id + "/submit").expectStatus().isOk();
        CurrentUser otherStaff = catalog.staff();

        java.util.List<Integer> statuses = reactor.core.publisher.Flux.just(staff, otherStaff)
                .parallel(2).runOn(reactor.core.scheduler.Schedulers.boundedElastic())
                .map(s -> catalog.post(s, "/api/staff/listings/" + id + "/publish").returnResult(String.class)
                        .getStatus().value())
                .sequential().collectList().block();

        assertThat(statuses).contains(200);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
    }

    @Test
    void codesAreOfferedToAnyone() {
        catalog.anonymous().get().uri("/api/catalog/codes").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.diseaseAreas.length()").isEqualTo(10)
                .jsonPath("$.technologyTypes[0]").isEqualTo("DIAGNOSTIC");
    }

    long version(String id) {
        Map<String, Object> body = catalog.as(provider).get().uri("/api/listings/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
        return ((Number) body.get("version")).longValue();
    }
}
