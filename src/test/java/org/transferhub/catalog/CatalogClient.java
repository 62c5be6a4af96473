package org.transferhub.catalog;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.Role;
import org.transferhub.institution.InstitutionSummary;
import org.transferhub.institution.Institution;
import org.transferhub.institution.InstitutionRegistry;
import org.transferhub.institution.InstitutionType;
import org.transferhub.institution.NewInstitution;

/** Small factories for catalog tests: users of fresh institutions, listing bodies, signed-in clients. */
class CatalogClient {

    private final WebTestClient web;
    private final InstitutionRegistry institutions;

    /**
     * Binds to the application context (the app's whole WebFlux and security chain, the real database)
     * rather than the port: Spring Security's test mutators only work with such a client.
     */
    CatalogClient(org.springframework.context.ApplicationContext context) {
        this.web = WebTestClient.bindToApplicationContext(context)
                .apply(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity())
                .configureClient()
                .responseTimeout(java.time.Duration.ofMinutes(2))
                .build();
        this.institutions = context.getBean(InstitutionRegistry.class);
    }

    /** A new institution in the platform's real registry. */
    InstitutionSummary institution(String name, String country, boolean verified) {
        NewInstitution form = new NewInstitution(name, name, country, InstitutionType.HOSPITAL, "City", null);
        return (verified ? institutions.registerVerified(form, "test") : institutions.registerPending(form, null, "test"))
                .map(Institution::summary).block();
    }

    CurrentUser providerOfNewInstitution() {
        return providerOf(institution("Hospital " + UUID.randomUUID(), "CN", true));
    }

    CurrentUser providerOfUnverifiedInstitution() {
        return providerOf(institution("Clinic " + UUID.randomUUID(), "KZ", false));
    }

    CurrentUser providerOf(InstitutionSummary institution) {
        return user(institution.id(), Role.PROVIDER);
    }

    CurrentUser requester() {
        return user(institution("Requesting " + UUID.randomUUID(), "KZ", true).id(), Role.REQUESTER);
    }

    CurrentUser staff() {
        return user(null, Role.STAFF);
    }

    CurrentUser admin() {
        return user(null, Role.ADMIN);
    }

    static CurrentUser user(String institutionId, Role... roles) {
        String id = "user-" + UUID.randomUUID();
        return new CurrentUser(id, id, "Test " + roles[0], institutionId, Set.of(roles), "en");
    }

    WebTestClient as(CurrentUser user) {
        var authorities = new java.util.ArrayList<>(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        if (user.roles().contains(Role.ADMIN)) {
            authorities.add(new SimpleGrantedAuthority(Role.STAFF.authority()));
        }
        return web.mutateWith(mockAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities)))
                .mutateWith(csrf());
    }

    /** Anonymous, but with a valid CSRF token, so that only the missing session is tested. */
    WebTestClient anonymous() {
        return web.mutateWith(csrf());
    }

    static Map<String, Object> content(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("language", "zh");
        body.put("title", title);
        body.put("summary", "标准化代谢性疾病管理中心模式 " + title);
        body.put("description", "一种用于糖尿病和肥胖症患者的标准化管理模式，包括培训和远程支持。");
        body.put("keywords", List.of("糖尿病", "MMC"));
        body.put("diseaseAreas", List.of("DIABETES", "OBESITY"));
        body.put("technologyType", "CLINICAL_PROTOCOL");
        body.put("trl", 8);
        body.put("transferModes", List.of("TRAINING", "TECHNICAL_ASSISTANCE"));
        body.put("contact", Map.of("name", "Dr. Wang Li", "email", "wang.li@example.org"));
        body.put("translations", Map.of("ru", Map.of("title", "Модель центра " + title, "summary", "Краткое описание")));
        return body;
    }

    Map<String, Object> create(CurrentUser provider, Map<String, Object> content) {
        return as(provider).post().uri("/api/listings").contentType(MediaType.APPLICATION_JSON).bodyValue(content)
                .exchange().expectStatus().isCreated()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult().getResponseBody();
    }

    String createDraft(CurrentUser provider, String title) {
        return (String) create(provider, content(title)).get("id");
    }

    WebTestClient.ResponseSpec post(CurrentUser user, String path) {
        return as(user).post().uri(path).exchange();
    }

    WebTestClient.ResponseSpec requestChanges(CurrentUser staff, String id, String comment) {
        return as(staff).post().uri("/api/staff/listings/{id}/request-changes", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("comment", comment)).exchange();
    }

    WebTestClient.ResponseSpec edit(CurrentUser user, String id, long version, Map<String, Object> content) {
        return as(user).put().uri("/api/listings/{id}", id).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(content).exchange();
    }

    /** Creates, submits and publishes a listing; returns its id. */
    String published(CurrentUser provider, CurrentUser staff, Map<String, Object> content) {
        String id = (String) create(provider, content).get("id");
        post(provider, "/api/listings/" + id + "/submit").expectStatus().isOk();
        post(staff, "/api/staff/listings/" + id + "/publish").expectStatus().isOk();
        return id;
    }
}
