package org.transferhub.transfer;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.catalog.IndexableListing;
import org.transferhub.institution.VerificationStatus;

/** A provider, a verified requesting hospital, a published listing and staff, with HTTP clients for each. */
final class Scenario {

    final IndexableListing listing;
    final CurrentUser requester;
    final CurrentUser provider;
    final CurrentUser staff;
    final CurrentUser stranger;
    final WebTestClient asRequester;
    final WebTestClient asProvider;
    final WebTestClient asStaff;
    final WebTestClient asStranger;

    Scenario(WebTestClient web, TransferFakes.FakeCatalog catalog, TransferFakes.FakeInstitutions institutions,
            String requesterCountry, String providerCountry, String diseaseArea, String technologyType) {
        String providerInstitution = institutions.add(providerCountry, VerificationStatus.VERIFIED);
        String requesterInstitution = institutions.add(requesterCountry, VerificationStatus.VERIFIED);
        listing = catalog.publish(providerInstitution, providerCountry, List.of("HbA1c analyser", "Endocrinologist"),
                List.of(diseaseArea), technologyType, List.of("ON_SITE_TRAINING", "REMOTE"));
        requester = Parties.user(requesterInstitution, Role.REQUESTER);
        provider = Parties.user(providerInstitution, Role.PROVIDER);
        staff = Parties.user(null, Role.STAFF);
        stranger = Parties.user(institutions.add("KZ", VerificationStatus.VERIFIED), Role.REQUESTER, Role.PROVIDER);
        asRequester = Parties.as(web, requester);
        asProvider = Parties.as(web, provider);
        asStaff = Parties.as(web, staff);
        asStranger = Parties.as(web, stranger);
    }

    Scenario(WebTestClient web, TransferFakes.FakeCatalog catalog, TransferFakes.FakeInstitutions institutions) {
        this(web, catalog, institutions, "UZ", "CN", "DIABETES", "DEVICE");
    }

    static Map<String, Object> application(String listingId) {
        return Map.of("listingId", listingId,
                "intendedUse", "Outpatient diabetes clinic",
                "readiness", List.of(Map.of("requirement", "HbA1c analyser", "answer", "HAVE"),
                        Map.of("requirement", "Endocrinologist", "answer", "PARTIAL")),
                "patientsPerYear", 1200, "professionalsToTrain", 6,
                "preferredMode", "ON_SITE_TRAINING", "timeline", "Q3 2026");
    }

    /** Applies and returns the new application's id. */
    String apply() {
        return asRequester.post().uri("/api/transfers").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(application(listing.id())).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    WebTestClient.ResponseSpec post(WebTestClient client, String id, String step, Object body) {
        return client.post().uri("/api/transfers/{id}/" + step, id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    String status(String id) {
        return asStaff.get().uri("/api/transfers/{id}", id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("status").toString();
    }

    void accept(String id) {
        post(asProvider, id, "accept", Map.of("terms", "Free of charge", "trainingPlan", "Two weeks in Shanghai"))
                .expectStatus().isOk();
    }

    void approve(String id) {
        post(asStaff, id, "approve", Map.of("comment", "Fits the programme")).expectStatus().isOk();
    }

    void deliver(String id, int professionalsTrained) {
        post(asProvider, id, "milestones/agreement", Map.of("kind", "MOU", "signedOn", "2026-05-01"))
                .expectStatus().isOk();
        post(asProvider, id, "milestones/training", Map.of("professionalsTrained", professionalsTrained,
                "professions", List.of("endocrinologist", "nurse"), "certificatesIssued", professionalsTrained,
                "deliveredOn", "2026-06-01")).expectStatus().isOk();
        post(asRequester, id, "milestones/deployment", Map.of("goLiveOn", "2026-07-01")).expectStatus().isOk();
        post(asRequester, id, "confirm-completion", Map.of()).expectStatus().isOk();
        post(asStaff, id, "close", Map.of("comment", "Done")).expectStatus().isOk();
    }
}
