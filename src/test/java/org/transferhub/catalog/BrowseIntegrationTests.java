package org.transferhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.transferhub.account.CurrentUser;

@CatalogIntegrationTest
class BrowseIntegrationTests {

    @Autowired ApplicationContext context;

    CatalogClient catalog;
    CurrentUser staff;
    /** A private-use language tag of this test only, so that other tests' listings never show up. */
    String language;
    String pump;
    String liverTraining;
    String kazakhProtocol;

    @BeforeEach
    void setUp() {
        catalog = new CatalogClient(context);
        staff = catalog.staff();
        language = "en-x-" + UUID.randomUUID().toString().substring(0, 8);
        CurrentUser chinese = catalog.providerOfNewInstitution();
        CurrentUser kazakh = catalog.providerOf(catalog.institution("Almaty " + UUID.randomUUID(), "KZ", true));

        pump = catalog.published(chinese, staff, listing("Pump", List.of("DIABETES"), "MEDICAL_DEVICE", 7, List.of("LICENSE")));
        liverTraining = catalog.published(chinese, staff,
                listing("Liver", List.of("FATTY_LIVER", "OBESITY"), "TRAINING_PROGRAM", 9, List.of("TRAINING")));
        kazakhProtocol = catalog.published(kazakh, staff,
                listing("Protocol", List.of("DIABETES", "KIDNEY"), "CLINICAL_PROTOCOL", 4, List.of("TRAINING", "CO_DEVELOPMENT")));
        catalog.create(chinese, listing("Draft", List.of("DIABETES"), "MEDICAL_DEVICE", 7, List.of("LICENSE")));
    }

    @Test
    void listsPublishedListingsNewestFirst() {
        Map<String, Object> page = browse("");
        assertThat(page).containsEntry("total", 3);
        assertThat(ids(page)).containsExactly(kazakhProtocol, liverTraining, pump);
    }

    @Test
    void filtersCombine() {
        assertThat(ids(browse("&diseaseArea=DIABETES"))).containsExactly(kazakhProtocol, pump);
        assertThat(ids(browse("&type=TRAINING_PROGRAM"))).containsExactly(liverTraining);
        assertThat(ids(browse("&trlMin=5&trlMax=8"))).containsExactly(pump);
        assertThat(ids(browse("&mode=TRAINING"))).containsExactly(kazakhProtocol, liverTraining);
        assertThat(ids(browse("&country=kz"))).containsExactly(kazakhProtocol);
        assertThat(ids(browse("&diseaseArea=DIABETES&mode=TRAINING&country=KZ"))).containsExactly(kazakhProtocol);
        assertThat(ids(browse("&diseaseArea=THYROID"))).isEmpty();
    }

    @Test
    void pagesNeitherOverlapNorSkip() {
        Map<String, Object> first = browse("&size=2&page=0");
        Map<String, Object> second = browse("&size=2&page=1");
        assertThat(first).containsEntry("total", 3).containsEntry("size", 2);
        assertThat(ids(first)).containsExactly(kazakhProtocol, liverTraining);
        assertThat(ids(second)).containsExactly(pump);
    }

    @Test
    void contactIsShownOnlyToSignedInUsers() {
        catalog.anonymous().get().uri("/api/listings/{id}", pump).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.contact").doesNotExist()
                .jsonPath("$.title").isEqualTo("Pump");
        catalog.as(catalog.requester()).get().uri("/api/listings/{id}", pump).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.contact.name").isEqualTo("Dr. Wang Li");
    }

    Map<String, Object> browse(String filters) {
        return catalog.anonymous().get().uri("/api/listings?language=" + language + filters).exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static List<String> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("id")).toList();
    }

    Map<String, Object> listing(String title, List<String> areas, String type, int trl, List<String> modes) {
        Map<String, Object> body = CatalogClient.content(title);
        body.put("title", title);
        body.put("language", language);
        body.put("diseaseAreas", areas);
        body.put("technologyType", type);
        body.put("trl", trl);
        body.put("transferModes", modes);
        return body;
    }
}
