package org.transferhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.catalog.importing.ImportReport;
import org.transferhub.catalog.importing.ListingImporter;
import org.transferhub.institution.Institution;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;

/** The demo accounts the README and the browser tests rely on, seeded into a fresh embedded database. */
@IntegrationTest
@TestPropertySource(properties = "transferhub.demo=true")
class DemoDataIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ListingImporter importer;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void demoAccountsSignInWithTheDocumentedPasswords() {
        accounts.signIn("admin", "TransferHub-admin-2026").get("/api/me").exchange()
                .expectBody().jsonPath("$.roles[0]").isEqualTo("ADMIN");
        accounts.signIn("staff", "TransferHub-staff-2026").get("/api/staff/institutions").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
        accounts.signIn("provider", "TransferHub-provider-2026").get("/api/me").exchange()
                .expectBody().jsonPath("$.roles[0]").isEqualTo("PROVIDER")
                .jsonPath("$.institution.name").isEqualTo("上海交通大学医学院附属瑞金医院")
                .jsonPath("$.institution.status").isEqualTo("VERIFIED");
        accounts.signIn("requester", "TransferHub-requester-2026").get("/api/me").exchange()
                .expectBody().jsonPath("$.roles[0]").isEqualTo("REQUESTER")
                .jsonPath("$.institution.country").isEqualTo("UZ")
                .jsonPath("$.institution.city").isEqualTo("Tashkent");
    }

    @Test
    void configuredAdminIsNotAddedWhenTheDemoBringsOne() {
        // application-test.yaml configures an admin password too: the demo admin already exists.
        accounts.anonymous().post("/api/auth/login")
                .bodyValue(java.util.Map.of("username", "admin", "password", TestAccounts.ADMIN_PASSWORD))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void demoListingsArePublishedAtStartUp() {
        accounts.anonymous().get("/api/listings?size=100").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").value(total -> assertThat(((Number) total).longValue()).isGreaterThanOrEqualTo(30))
                .jsonPath("$.items[?(@.reference == 'TH-DEMO-0001')]").exists();
    }

    @Test
    void everyDemoListingLineImportsForAnExistingDemoInstitution() {
        // Importing the file again updates by reference: every line is valid, nothing is created twice,
        // and every provider is one of the demo institutions (none was added by its name).
        CurrentUser staff = new CurrentUser("demo-test-staff", "staff", "Staff", null, Set.of(Role.STAFF), "en");
        ImportReport report = importer.importListings(DataBufferUtils.read(new ClassPathResource(DemoListings.FILE),
                new DefaultDataBufferFactory(), 4096), ListingImporter.Format.NDJSON, staff).block();
        assertThat(report.failed()).as("errors %s", report.errors()).isZero();
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isEqualTo(30);
        assertThat(mongo.count(new Query(), Institution.class).block()).isEqualTo(DemoInstitutions.ALL.size());
    }

    @Test
    void russianQueryFindsTheChineseContinuousGlucoseMonitoringListing() {
        accounts.anonymous().get("/api/search?q={q}&lang=ru", "непрерывный мониторинг глюкозы").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.hits[?(@.reference == 'TH-DEMO-0003' && @.language == 'zh')]").exists();
    }
}
