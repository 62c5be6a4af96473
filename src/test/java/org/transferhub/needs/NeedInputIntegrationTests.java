package org.transferhub.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.transferhub.account.Role;
import org.transferhub.matching.MatchingTestConfiguration;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

@IntegrationTest
@Import(MatchingTestConfiguration.class)
class NeedInputIntegrationTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    Needs needs;

    @Test
    void badNeedsAreRefusedWithTheFieldsNamedAndNothingIsSaved() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        Map<String, Object> valid = NeedFixtures.retinopathyNeed("PUBLIC");
        long before = needs.count().block();

        rejected(requester, NeedFixtures.with(valid, "diseaseAreas", List.of("DIABETES", "FLU")), "diseaseAreas[1]");
        rejected(requester, NeedFixtures.with(valid, "transferModes", List.of("GIFT")), "transferModes[0]");
        rejected(requester, NeedFixtures.with(valid, "careSetting", "SPACESHIP"), "careSetting");
        rejected(requester, NeedFixtures.with(valid, "problemStatement", "   "), "problemStatement");
        rejected(requester, NeedFixtures.with(valid, "budget", Map.of("min", -5, "max", 10, "currency", "USD")), "budget.min");
        rejected(requester, NeedFixtures.with(valid, "budget", Map.of("min", 500, "max", 10, "currency", "USD")), "budget.rangeOrdered");
        rejected(requester, NeedFixtures.with(valid, "country", "XX"), "country");
        rejected(requester, NeedFixtures.with(valid, "minimumTrl", 12), "minimumTrl");
        rejected(requester, NeedFixtures.with(valid, "problemStatement", "x".repeat(500 * 1024)), "problemStatement");

        assertThat(needs.count().block()).isEqualTo(before);
    }

    @Test
    void editWithoutVersionOrWithBadInputLeavesTheNeedAsItWas() {
        Session requester = accounts.signInAs(Role.REQUESTER);
        Map<String, Object> valid = NeedFixtures.retinopathyNeed("PUBLIC");
        String id = NeedLifecycleIntegrationTests.open(requester, valid);

        requester.put("/api/needs/{id}", id).bodyValue(valid).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[0].field").isEqualTo("version");
        requester.put("/api/needs/{id}", id).bodyValue(NeedFixtures.with(NeedFixtures.with(valid, "version", 1),
                "country", "ZZ")).exchange().expectStatus().isBadRequest();
        assertThat(needs.findById(id).block().content().country()).isEqualTo("KZ");
    }

    private static void rejected(Session requester, Map<String, Object> body, String field) {
        requester.post("/api/needs").bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:transferhub:problem:validation")
                .jsonPath("$.fieldErrors[?(@.field == '" + field + "')]").isNotEmpty();
    }
}
