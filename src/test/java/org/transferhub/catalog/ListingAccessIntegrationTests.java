package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.transferhub.account.CurrentUser;

/** The ownership matrix: who may read and change which listing. */
@CatalogIntegrationTest
class ListingAccessIntegrationTests {

    @Autowired ApplicationContext context;

    CatalogClient catalog;
    CurrentUser owner;
    CurrentUser otherProvider;
    CurrentUser staff;
    String draft;

    @BeforeEach
    void setUp() {
        catalog = new CatalogClient(context);
        owner = catalog.providerOfNewInstitution();
        otherProvider = catalog.providerOfNewInstitution();
        staff = catalog.staff();
        draft = catalog.createDraft(owner, "Owned draft");
    }

    @Test
    void providerOfAnotherInstitutionGetsNotFoundAndChangesNothing() {
        Map<String, Object> before = read(owner, draft);

        catalog.as(otherProvider).get().uri("/api/listings/{id}", draft).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:not-found");
        catalog.as(otherProvider).get().uri("/api/listings/{id}/history", draft).exchange().expectStatus().isNotFound();
        catalog.edit(otherProvider, draft, 0, CatalogClient.content("Hijacked")).expectStatus().isNotFound();
        catalog.post(otherProvider, "/api/listings/" + draft + "/submit").expectStatus().isNotFound();
        catalog.post(otherProvider, "/api/listings/" + draft + "/renew").expectStatus().isNotFound();

        assertThat(read(owner, draft)).isEqualTo(before);
    }

    @Test
    void publishedListingsAreReadableByAllButEditableOnlyByTheOwner() {
        String published = catalog.published(owner, staff, CatalogClient.content("Public"));
        catalog.as(otherProvider).get().uri("/api/listings/{id}", published).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.pendingRevision").doesNotExist();
        catalog.edit(otherProvider, published, 2, CatalogClient.content("Hijacked")).expectStatus().isNotFound();
        catalog.as(otherProvider).get().uri("/api/listings/{id}/history", published).exchange().expectStatus().isNotFound();
        catalog.anonymous().get().uri("/api/listings/{id}/history", published).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void providerOfAnUnverifiedInstitutionMayNotCreateListings() {
        CurrentUser unverified = catalog.providerOfUnverifiedInstitution();
        catalog.as(unverified).post().uri("/api/listings").bodyValue(CatalogClient.content("Too early"))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:forbidden");
        catalog.as(unverified).get().uri("/api/my/listings").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void requestersAndStaffAreNotProviders() {
        for (CurrentUser notProvider : new CurrentUser[] {catalog.requester(), staff}) {
            catalog.as(notProvider).post().uri("/api/listings").bodyValue(CatalogClient.content("No"))
                    .exchange().expectStatus().isForbidden();
            catalog.edit(notProvider, draft, 0, CatalogClient.content("No")).expectStatus().isForbidden();
            catalog.post(notProvider, "/api/listings/" + draft + "/submit").expectStatus().isForbidden();
        }
        catalog.as(catalog.requester()).get().uri("/api/listings/{id}", draft).exchange().expectStatus().isNotFound();
    }

    @Test
    void staffSeeDraftsAndHistoryButProvidersCannotReview() {
        catalog.as(staff).get().uri("/api/listings/{id}", draft).exchange().expectStatus().isOk();
        catalog.as(staff).get().uri("/api/listings/{id}/history", draft).exchange().expectStatus().isOk();
        catalog.post(owner, "/api/listings/" + draft + "/submit").expectStatus().isOk();

        catalog.post(owner, "/api/staff/listings/" + draft + "/publish").expectStatus().isForbidden();
        catalog.as(owner).get().uri("/api/staff/listings/review-queue").exchange().expectStatus().isForbidden();
        catalog.as(catalog.requester()).get().uri("/api/admin/listings/export").exchange().expectStatus().isForbidden();
    }

    @Test
    void anonymousCallersMustSignInToChangeAnything() {
        catalog.anonymous().post().uri("/api/listings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CatalogClient.content("Anon")).exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:unauthenticated");
        catalog.anonymous().put().uri("/api/listings/{id}", draft).header("If-Match", "\"0\"")
                .bodyValue(CatalogClient.content("Anon")).exchange().expectStatus().isUnauthorized();
        catalog.anonymous().post().uri("/api/listings/{id}/submit", draft).exchange().expectStatus().isUnauthorized();
        catalog.anonymous().get().uri("/api/my/listings").exchange().expectStatus().isUnauthorized();
        catalog.anonymous().get().uri("/api/staff/listings/review-queue").exchange().expectStatus().isUnauthorized();
        catalog.anonymous().get().uri("/api/listings/{id}", draft).exchange().expectStatus().isNotFound();
    }

    @Test
    void changesWithoutACsrfTokenAreRefused() {
        var noCsrf = org.springframework.test.web.reactive.server.WebTestClient.bindToApplicationContext(context)
                .apply(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity())
                .configureClient().build()
                .mutateWith(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(owner, null,
                                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_PROVIDER")))));
        noCsrf.post().uri("/api/listings/{id}/submit", draft).exchange().expectStatus().isForbidden();
        assertThat(read(owner, draft).get("status")).isEqualTo("DRAFT");
    }

    Map<String, Object> read(CurrentUser user, String id) {
        return catalog.as(user).get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
    }
}
