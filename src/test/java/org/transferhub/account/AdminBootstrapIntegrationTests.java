package org.transferhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;

/** The first admin comes from configuration (application-test.yaml sets TRANSFERHUB_ADMIN_PASSWORD's property). */
@IntegrationTest
class AdminBootstrapIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    Users users;

    @Test
    void configuredAdminExistsAndCanManageUsers() {
        accounts.signIn("admin", TestAccounts.ADMIN_PASSWORD).get("/api/admin/users?q=admin").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].username").isEqualTo("admin")
                .jsonPath("$.items[0].roles[0]").isEqualTo("ADMIN")
                .jsonPath("$.total").isNumber();
    }

    @Test
    void bootstrapDoesNothingOnceAnAdminExists() {
        bootstrap.ensureAdmin().block();
        long admins = users.findAll().filter(u -> u.roles().contains(Role.ADMIN) && u.username().equals("admin"))
                .count().block();
        assertThat(admins).isEqualTo(1);
    }

    @Test
    void adminCannotLockThemselvesOut() {
        var admin = accounts.signInAsAdmin();
        String adminId = users.findByUsernameKey("admin").block().id();
        admin.post("/api/admin/users/{id}/disable", adminId).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void auditLogRecordsSignInsForAdmins() {
        var admin = accounts.signInAsAdmin();
        admin.get("/api/admin/audit?size=5").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[0].action").isEqualTo("LOGIN_SUCCEEDED")
                .jsonPath("$.items[0].actorName").isEqualTo("admin");
    }
}
