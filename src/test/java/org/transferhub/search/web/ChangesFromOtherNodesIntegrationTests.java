package org.transferhub.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.testing.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A change another app node writes straight into MongoDB (this node's catalog never hears of it)
 * reaches this node's index through the listings change stream, long before the next safety-net
 * poll (10 minutes while the stream works). The test's database is the in-process embedded one, where
 * this node is normally the sole writer and follows no stream; {@code change-stream=on} makes it
 * behave as a node sharing MongoDB with others.
 */
@IntegrationTest
@TestPropertySource(properties = "transferhub.search.change-stream=on")
class ChangesFromOtherNodesIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired ReactiveMongoTemplate mongo;

    @Test
    void aTitleChangedByAnotherNodeBecomesSearchableHere() throws InterruptedException {
        String reference = "TH-2026-" + (800000 + (int) (Math.random() * 99999));
        String line = """
                {"reference":"%s","language":"en","title":"Retinal screening camera","summary":"Screening.","description":"Training included.","diseaseAreas":["DIABETES"],"technologyType":"DIAGNOSTIC","trl":7,"transferModes":["TRAINING"],"keywords":["retina"],"providerName":"Other Node Clinic","providerCountry":"KZ"}
                """.formatted(reference).strip();
        admin().post().uri("/api/admin/listings/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
                .bodyValue(line + "\n").exchange().expectStatus().is2xxSuccessful();
        String word = "zqxvortho" + (int) (Math.random() * 1_000_000);

        mongo.updateFirst(Query.query(where("reference").is(reference)),
                new Update().set("content.title", "Retinal camera " + word).set("updatedAt", Instant.now()).inc("version", 1),
                "listings").block();

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long total = 0;
        while (total == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            Map<String, Object> answer = admin().get().uri(u -> u.path("/api/search").queryParam("q", word).build())
                    .exchange().expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
            total = ((Number) answer.get("total")).longValue();
        }
        assertThat(total).as("hits for the word only the other node wrote").isEqualTo(1);
    }

    private WebTestClient admin() {
        CurrentUser user = new CurrentUser("u-admin", "admin", "Admin", null, Set.of(Role.ADMIN), "en");
        var authentication = new UsernamePasswordAuthenticationToken(user, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        return WebTestClient.bindToApplicationContext(context)
                .apply(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity())
                .configureClient().responseTimeout(Duration.ofMinutes(2)).build()
                .mutateWith(mockAuthentication(authentication)).mutateWith(csrf());
    }
}
