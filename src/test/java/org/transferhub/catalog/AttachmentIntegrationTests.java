package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.CurrentUser;
import reactor.core.publisher.Flux;

@CatalogIntegrationTest
class AttachmentIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
    static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired ApplicationContext context;

    CatalogClient catalog;
    CurrentUser provider;
    CurrentUser staff;
    String draft;

    @BeforeEach
    void setUp() {
        catalog = new CatalogClient(context);
        provider = catalog.providerOfNewInstitution();
        staff = catalog.staff();
        draft = catalog.createDraft(provider, "With files");
    }

    @Test
    void ownerUploadsAPdfAndDownloadsItWithASafeFileName() {
        Map<String, Object> attachment = upload(provider, draft, "../../etc/手册 \"v2\".pdf", PDF).expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
        assertThat(attachment).containsEntry("contentType", "application/pdf").containsEntry("fileName", "手册 v2.pdf");

        byte[] body = catalog.as(provider).get().uri("/api/listings/{id}/attachments/{file}", draft, attachment.get("fileId"))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().value("Content-Disposition", v -> assertThat(v)
                        .startsWith("attachment;")
                        .contains("filename*=UTF-8''%E6%89%8B%E5%86%8C%20v2.pdf"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(body).isEqualTo(PDF);

        catalog.as(provider).get().uri("/api/listings/{id}", draft).exchange()
                .expectBody().jsonPath("$.attachments[0].fileName").isEqualTo("手册 v2.pdf");
    }

    @Test
    void imagesAndDocxAreRecognisedByContentWhateverTheirName() {
        upload(provider, draft, "picture.pdf", PNG).expectStatus().isCreated()
                .expectBody().jsonPath("$.contentType").isEqualTo("image/png")
                .jsonPath("$.fileName").isEqualTo("picture.png");
        upload(provider, draft, "protocol.docx", zip("word/document.xml")).expectStatus().isCreated()
                .expectBody().jsonPath("$.contentType")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void renamedExecutableAndPlainZipAreRefused() {
        upload(provider, draft, "brochure.pdf", EXE).expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:unsupported-media-type");
        upload(provider, draft, "brochure.docx", zip("payload.bin")).expectStatus().isEqualTo(415);
        catalog.as(provider).get().uri("/api/listings/{id}", draft).exchange()
                .expectBody().jsonPath("$.attachments.length()").isEqualTo(0);
    }

    @Test
    void oversizeUploadIsRefusedWhileStreaming() {
        byte[] chunk = new byte[1024 * 1024];
        System.arraycopy(PDF, 0, chunk, 0, PDF.length);
        Flux<DataBuffer> twentyOneMegabytes = Flux.range(0, 21)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));

        catalog.as(provider).post().uri("/api/listings/{id}/attachments?fileName=big.pdf", draft)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(twentyOneMegabytes, DataBuffer.class)
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:payload-too-large");
        catalog.as(provider).get().uri("/api/listings/{id}", draft).exchange()
                .expectBody().jsonPath("$.attachments.length()").isEqualTo(0);
    }

    @Test
    void declaredGigabyteIsRefusedBeforeReading() {
        catalog.as(provider).post().uri("/api/listings/{id}/attachments?fileName=huge.pdf", draft)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Length", String.valueOf(1L << 30))
                // Never completes: the answer must come from the header alone, without reading the body.
                .body(Flux.concat(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(PDF)), Flux.never()), DataBuffer.class)
                .exchange().expectStatus().isEqualTo(413);
    }

    @Test
    void filesOfUnpublishedListingsAreHiddenFromOthers() {
        String fileId = (String) upload(provider, draft, "a.pdf", PDF).expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody()
                .get("fileId");
        String path = "/api/listings/" + draft + "/attachments/" + fileId;

        catalog.anonymous().get().uri(path).exchange().expectStatus().isNotFound();
        catalog.as(catalog.providerOfNewInstitution()).get().uri(path).exchange().expectStatus().isNotFound();
        catalog.as(staff).get().uri(path).exchange().expectStatus().isOk();

        catalog.post(provider, "/api/listings/" + draft + "/submit").expectStatus().isOk();
        catalog.post(staff, "/api/staff/listings/" + draft + "/publish").expectStatus().isOk();
        catalog.anonymous().get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void onlyTheOwnerUploadsAndDeletes() {
        upload(catalog.providerOfNewInstitution(), draft, "a.pdf", PDF).expectStatus().isNotFound();
        upload(catalog.requester(), draft, "a.pdf", PDF).expectStatus().isForbidden();
        upload(staff, draft, "a.pdf", PDF).expectStatus().isForbidden();
        catalog.anonymous().post().uri("/api/listings/{id}/attachments?fileName=a.pdf", draft).bodyValue(PDF)
                .exchange().expectStatus().isUnauthorized();

        String fileId = (String) upload(provider, draft, "a.pdf", PDF).expectStatus().isCreated()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody()
                .get("fileId");
        catalog.as(catalog.providerOfNewInstitution()).delete()
                .uri("/api/listings/{id}/attachments/{f}", draft, fileId).exchange().expectStatus().isNotFound();
        catalog.as(provider).delete().uri("/api/listings/{id}/attachments/{f}", draft, fileId).exchange()
                .expectStatus().isNoContent();
        catalog.as(provider).get().uri("/api/listings/{id}/attachments/{f}", draft, fileId).exchange()
                .expectStatus().isNotFound();
    }

    WebTestClient.ResponseSpec upload(CurrentUser user, String listingId, String fileName, byte[] content) {
        return catalog.as(user).post().uri(b -> b.path("/api/listings/{id}/attachments").queryParam("fileName", "{n}")
                        .build(listingId, fileName))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(content).exchange();
    }

    static byte[] zip(String entryName) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.finish();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
