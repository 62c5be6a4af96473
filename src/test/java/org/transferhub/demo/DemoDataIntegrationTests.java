package org.transferhub.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;

/** The demo accounts the README and the browser tests rely on, seeded into a fresh embedded database. */
@IntegrationTest
@TestPropertySource(properties = "transferhub.demo=true")
class DemoDataIntegrationTests {

    @Autowired
    TestAccounts accounts;

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
}
