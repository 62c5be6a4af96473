package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.bench.ListingGenerator;
import reactor.core.publisher.Flux;

@CatalogIntegrationTest
class ImportExportIntegrationTests {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    @Autowired ApplicationContext context;
    @Autowired ReactiveMongoTemplate mongo;
    @Autowired RecordingListener listener;

    CatalogClient catalog;
    CurrentUser staff;
    String prefix;

    @BeforeEach
    void setUp() {
        catalog = new CatalogClient(context);
        staff = catalog.staff();
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void importReportsBrokenLinesByNumberAndStillImportsTheGoodOnes() {
        String body = String.join("\n",
                line(prefix + "-A", "en", 7, "DIABETES"),
                "{not json",
                line(prefix + "-B", "ru", 5, "OBESITY"),
                "",
                line(prefix + "-C", "en", 12, "DIABETES"),
                line(prefix + "-D", "en", 5, "GOUT"),
                "{\"reference\":\"" + prefix + "-E\",\"trl\":\"high\"}");

        Map<String, Object> report = importNdjson(body);

        assertThat(report).containsEntry("created", 2).containsEntry("updated", 0).containsEntry("failed", 4);
        List<Map<String, Object>> errors = errors(report);
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(2, 5, 6, 7);
        assertThat(errors.get(1)).containsEntry("reference", prefix + "-C");
        assertThat((String) errors.get(1).get("message")).contains("trl");
        assertThat((String) errors.get(2).get("message")).contains("'GOUT' is not a known code");
        assertThat((String) errors.get(3).get("message")).contains("trl");

        String id = idOf(prefix + "-A");
        assertThat(listener.wasToldAbout(id)).isTrue();
        catalog.anonymous().get().uri("/api/listings/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED")
                .jsonPath("$.provider.country").isEqualTo("KZ");
        assertThat(count(prefix + "-C")).isZero();
    }

    @Test
    void anNdjsonLineMayStateWhatAReceivingSiteNeedsAndABadRequirementFailsItsLine() {
        String withRequirements = line(prefix + "-REQ", "en", 8, "DIABETES").replace("\"extra\":\"ignored\"",
                "\"requirements\":{\"equipment\":[\"CGM reader\",\"AGP software\"],"
                        + "\"staffAndSkills\":\"Trained diabetes nurses\",\"annualPatientVolume\":300}");
        String badVolume = line(prefix + "-BADREQ", "en", 8, "DIABETES").replace("\"extra\":\"ignored\"",
                "\"requirements\":{\"annualPatientVolume\":-5}");

        Map<String, Object> report = importNdjson(withRequirements + "\n" + badVolume);

        assertThat(report).containsEntry("created", 1).containsEntry("failed", 1);
        assertThat((String) errors(report).get(0).get("message")).contains("requirements");
        catalog.anonymous().get().uri("/api/listings/{id}", idOf(prefix + "-REQ")).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.requirements.equipment").isEqualTo(List.of("CGM reader", "AGP software"))
                .jsonPath("$.requirements.staffAndSkills").isEqualTo("Trained diabetes nurses")
                .jsonPath("$.requirements.annualPatientVolume").isEqualTo(300);
    }

    @Test
    void importingTheSameFileTwiceCreatesNothingNew() {
        ListingGenerator generator = new ListingGenerator(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000));
        String body = String.join("\n", generator.lines(40).toList());

        assertThat(importNdjson(body)).containsEntry("created", 40).containsEntry("failed", 0);
        assertThat(importNdjson(body)).containsEntry("created", 0).containsEntry("updated", 40).containsEntry("failed", 0);
        assertThat(count(generator.reference(0))).isEqualTo(1);
    }

    @Test
    void importStreamsThousandsOfLinesCutAtArbitraryBytes() {
        ListingGenerator generator = new ListingGenerator(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000));
        byte[] bytes = (String.join("\n", generator.lines(2000).toList()) + "\n").getBytes(StandardCharsets.UTF_8);
        // Chunks of 997 bytes cut through lines and through multi-byte characters.
        List<DataBuffer> chunks = new ArrayList<>();
        for (int start = 0; start < bytes.length; start += 997) {
            int end = Math.min(bytes.length, start + 997);
            chunks.add(DefaultDataBufferFactory.sharedInstance.wrap(java.util.Arrays.copyOfRange(bytes, start, end)));
        }

        Map<String, Object> report = catalog.as(staff).post().uri("/api/staff/listings/import").contentType(NDJSON)
                .body(Flux.fromIterable(chunks), DataBuffer.class)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();

        assertThat(report).containsEntry("created", 2000).containsEntry("failed", 0);
    }

    @Test
    void aLineOverTheLengthLimitFailsAlone() {
        String huge = line(prefix + "-BIG", "en", 5, "DIABETES").replace("\"description\":\"",
                "\"description\":\"" + "x".repeat(300_000));
        Map<String, Object> report = importNdjson(line(prefix + "-OK", "en", 5, "DIABETES") + "\n" + huge + "\n"
                + line(prefix + "-OK2", "en", 5, "DIABETES"));

        assertThat(report).containsEntry("created", 2).containsEntry("failed", 1);
        assertThat(errors(report).get(0)).containsEntry("line", 2);
    }

    @Test
    void csvImportReadsQuotedFieldsAndListColumns() {
        String csv = String.join("\n",
                "reference,language,title,summary,description,diseaseAreas,technologyType,trl,transferModes,keywords,providerName,providerCountry",
                prefix + "-1,en,\"Pump, titration\",Short,\"Line one",
                "line two with \"\"quotes\"\"\",DIABETES;OBESITY,MEDICAL_DEVICE,6,TRAINING;LICENSE,pump;insulin,Almaty Clinic,KZ",
                prefix + "-2,en,Bad trl,Short,Text,DIABETES,MEDICAL_DEVICE,twelve,TRAINING,,Almaty Clinic,KZ",
                prefix + "-3,en,Too few columns");

        Map<String, Object> report = catalog.as(staff).post().uri("/api/staff/listings/import")
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();

        assertThat(report).containsEntry("created", 1).containsEntry("failed", 2);
        assertThat(errors(report)).extracting(e -> e.get("line")).containsExactly(4, 5);
        catalog.anonymous().get().uri("/api/listings/{id}", idOf(prefix + "-1")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Pump, titration")
                .jsonPath("$.description").isEqualTo("Line one\nline two with \"quotes\"")
                .jsonPath("$.diseaseAreas.length()").isEqualTo(2)
                .jsonPath("$.transferModes[1]").isEqualTo("LICENSE");
    }

    @Test
    void onlyStaffImport() {
        String body = line(prefix + "-X", "en", 5, "DIABETES");
        catalog.as(catalog.requester()).post().uri("/api/staff/listings/import").contentType(NDJSON).bodyValue(body)
                .exchange().expectStatus().isForbidden();
        catalog.as(catalog.providerOfNewInstitution()).post().uri("/api/staff/listings/import").contentType(NDJSON)
                .bodyValue(body).exchange().expectStatus().isForbidden();
        catalog.anonymous().post().uri("/api/staff/listings/import").contentType(NDJSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized();
        assertThat(count(prefix + "-X")).isZero();
    }

    @Test
    void theScriptedAdminPathTakesTheSameImport() {
        String body = line(prefix + "-ADM", "en", 5, "DIABETES");
        catalog.as(catalog.admin()).post().uri("/api/admin/listings/import").contentType(NDJSON).bodyValue(body)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.created").isEqualTo(1);
        catalog.as(catalog.admin()).get().uri("/api/admin/listings/export?format=csv&language=en").exchange()
                .expectStatus().isOk();
    }

    @Test
    void exportsFilteredCatalogAsCsvAndXlsx() throws Exception {
        importNdjson(line(prefix + "-CSV", "tg", 3, "THYROID") + "\n" + line(prefix + "-OTHER", "tg", 9, "THYROID"));

        String csv = catalog.as(staff).get().uri("/api/staff/listings/export?format=csv&language=tg&trlMax=3")
                .exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectHeader().value("Content-Disposition", v -> assertThat(v).contains("attachment"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("\uFEFFreference,language,title").contains(prefix + "-CSV").doesNotContain(prefix + "-OTHER");

        byte[] xlsx = catalog.as(staff).get().uri("/api/staff/listings/export?format=xlsx&language=tg&trlMax=3")
                .exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("reference");
            assertThat(rows).anySatisfy(row -> assertThat(row.getCell(0).asString()).isEqualTo(prefix + "-CSV"));
        }

        catalog.as(staff).get().uri("/api/staff/listings/export?format=pdf").exchange().expectStatus().isBadRequest();
        catalog.as(catalog.requester()).get().uri("/api/staff/listings/export?format=csv").exchange().expectStatus().isForbidden();
    }

    Map<String, Object> importNdjson(String body) {
        return catalog.as(staff).post().uri("/api/staff/listings/import").contentType(NDJSON).bodyValue(body)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("errors");
    }

    static String line(String reference, String language, int trl, String diseaseArea) {
        return """
                {"reference":"%s","language":"%s","title":"Title %s","summary":"Summary","description":"<b>HTML</b> stays text",\
                "diseaseAreas":["%s"],"technologyType":"DIAGNOSTIC","trl":%d,"transferModes":["TRAINING"],\
                "keywords":["k1"],"providerName":"Import Clinic %s","providerCountry":"KZ","extra":"ignored"}"""
                .formatted(reference, language, reference, diseaseArea, trl, language);
    }

    String idOf(String reference) {
        return mongo.findOne(Query.query(where("reference").is(reference)), Listing.class).block().id();
    }

    long count(String reference) {
        return mongo.count(Query.query(where("reference").is(reference)), Listing.class).block();
    }
}
