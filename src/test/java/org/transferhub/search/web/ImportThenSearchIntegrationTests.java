package org.transferhub.search.web;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.testing.IntegrationTest;

/** The held-out evaluation's path: bulk import through the real catalog, then /api/search at once. */
@IntegrationTest
class ImportThenSearchIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Test
    void importedListingsAreSearchableAcrossLanguagesWhenTheImportAnswers() {
        String reference = "TH-2026-" + (900000 + (int) (Math.random() * 99999));
        String line = """
                {"reference":"%s","language":"zh","title":"胰岛素泵闭环治疗系统","summary":"用于1型糖尿病的人工胰腺算法自动调节胰岛素输注。","description":"包括培训。","diseaseAreas":["DIABETES"],"technologyType":"DIAGNOSTIC","trl":7,"transferModes":["TRAINING"],"keywords":["胰岛素泵"],"providerName":"Ruijin Hospital Import Test","providerCountry":"CN"}
                """.formatted(reference).strip();
        client(Role.ADMIN).post().uri("/api/admin/listings/import")
                .contentType(MediaType.parseMediaType("application/x-ndjson")).bodyValue(line + "\n")
                .exchange().expectStatus().is2xxSuccessful()
                .expectBody().jsonPath("$.failed").isEqualTo(0);

        client(Role.REQUESTER).get().uri(u -> u.path("/api/search").queryParam("q", "инсулиновая помпа").queryParam("lang", "ru").build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.hits[?(@.reference == '%s')]".formatted(reference)).exists();
    }

    private WebTestClient client(Role role) {
        CurrentUser user = new CurrentUser("u-" + role, role.name().toLowerCase(), role.name(), null, Set.of(role), "ru");
        var authentication = new UsernamePasswordAuthenticationToken(user, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        return WebTestClient.bindToApplicationContext(context)
                .apply(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity())
                .configureClient().responseTimeout(java.time.Duration.ofMinutes(2)).build()
                .mutateWith(mockAuthentication(authentication)).mutateWith(csrf());
    }
}
