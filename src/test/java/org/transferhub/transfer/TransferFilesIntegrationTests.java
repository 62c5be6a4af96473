package org.transferhub.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.testing.IntegrationTest;

/** Attachments of an application: evidence, application files and message files, for its parties only. */
@IntegrationTest
@Import(TransferFakes.class)
class TransferFilesIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired ApplicationContext context;
    @Autowired TransferFakes.FakeCatalog catalog;
    @Autowired TransferFakes.FakeInstitutions institutions;

    Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario(Parties.boundTo(context), catalog, institutions);
    }

    WebTestClient.ResponseSpec upload(WebTestClient client, String id, String kind, String name, byte[] body) {
        return client.post().uri("/api/transfers/{id}/attachments?kind={kind}&fileName={name}", id, kind, name)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> uploaded(WebTestClient client, String id, String kind, String name) {
        return upload(client, id, kind, name, PDF).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @Test
    void everyPartyAddsListsAndDownloadsFilesAndOthersGet404() {
        String id = s.apply();
        Map<String, Object> mou = uploaded(s.asProvider, id, "AGREEMENT", "../../MoU signed.exe");
        assertThat(mou).containsEntry("kind", "AGREEMENT").containsEntry("fileName", "MoU signed.pdf")
                .containsEntry("contentType", "application/pdf");
        uploaded(s.asRequester, id, "APPLICATION", "site survey.pdf");

        s.asStaff.get().uri("/api/transfers/{id}/attachments", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].uploadedByName").isNotEmpty();
        byte[] bytes = s.asRequester.get().uri("/api/transfers/{id}/attachments/{f}", id, mou.get("id")).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=.*MoU.*")
                .expectBody().returnResult().getResponseBody();
        assertThat(bytes).isEqualTo(PDF);

        s.asStranger.get().uri("/api/transfers/{id}/attachments", id).exchange().expectStatus().isNotFound();
        s.asStranger.get().uri("/api/transfers/{id}/attachments/{f}", id, mou.get("id")).exchange()
                .expectStatus().isNotFound();
        upload(s.asStranger, id, "MESSAGE", "x.pdf", PDF).expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRetriedUploadWithTheSameIdempotencyKeyStoresTheFileOnce() {
        String id = s.apply();
        Map<String, Object> first = s.asRequester.post()
                .uri("/api/transfers/{id}/attachments?kind=APPLICATION&fileName=survey.pdf", id)
                .header("Idempotency-Key", "upload-survey-1").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(PDF).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        Map<String, Object> retried = s.asRequester.post()
                .uri("/api/transfers/{id}/attachments?kind=APPLICATION&fileName=survey.pdf", id)
                .header("Idempotency-Key", "upload-survey-1").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(PDF).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();

        assertThat(retried).containsEntry("id", first.get("id"));
        s.asRequester.get().uri("/api/transfers/{id}/attachments", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void refusesWhatIsNotADocumentAndKeepsNothingOfIt() {
        String id = s.apply();
        upload(s.asRequester, id, "APPLICATION", "script.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        upload(s.asRequester, id, "NOT_A_KIND", "a.pdf", PDF).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        s.asRequester.get().uri("/api/transfers/{id}/attachments", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void aMessageCarriesItsAuthorsFilesOnly() {
        String id = s.apply();
        Map<String, Object> mine = uploaded(s.asRequester, id, "MESSAGE", "lab list.pdf");
        Map<String, Object> theirs = uploaded(s.asProvider, id, "MESSAGE", "price list.pdf");

        s.asRequester.post().uri("/api/transfers/{id}/messages", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Our lab equipment", "attachmentIds", List.of(theirs.get("id"))))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("attachmentIds");
        s.asRequester.post().uri("/api/transfers/{id}/messages", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Our lab equipment", "attachmentIds", List.of(mine.get("id"))))
                .exchange().expectStatus().isCreated();

        s.asProvider.get().uri("/api/transfers/{id}/messages", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].attachments[0].fileName").isEqualTo("lab list.pdf");
        // a sent message's file stays; the uploader may remove other files of theirs, nobody else may
        s.asRequester.delete().uri("/api/transfers/{id}/attachments/{f}", id, mine.get("id")).exchange()
                .expectStatus().isNotFound();
        Map<String, Object> survey = uploaded(s.asRequester, id, "APPLICATION", "survey.pdf");
        s.asProvider.delete().uri("/api/transfers/{id}/attachments/{f}", id, survey.get("id")).exchange()
                .expectStatus().isNotFound();
        s.asRequester.delete().uri("/api/transfers/{id}/attachments/{f}", id, survey.get("id")).exchange()
                .expectStatus().isNoContent();
        s.asRequester.get().uri("/api/transfers/{id}/attachments/{f}", id, survey.get("id")).exchange()
                .expectStatus().isNotFound();
    }
}
