package org.transferhub.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.transferhub.institution.Institution;
import org.transferhub.testing.IntegrationTest;
import org.transferhub.testing.TestAccounts;
import org.transferhub.testing.TestAccounts.Session;

/** Self-registration, password rules, and the staff verification flow that follows. */
@IntegrationTest
class RegistrationIntegrationTests {

    @Autowired
    TestAccounts accounts;

    static Map<String, Object> form(String password) {
        Map<String, Object> form = new HashMap<>();
        form.put("username", "reg-" + UUID.randomUUID().toString().substring(0, 8));
        form.put("password", password);
        form.put("displayName", "Dr. Aziz Rahimov");
        form.put("email", "aziz@example.uz");
        form.put("language", "ru");
        form.put("roles", List.of("REQUESTER"));
        return form;
    }

    static Map<String, Object> newInstitution(String latinName) {
        return Map.of("name", "Samarqand viloyat tibbiyot markazi", "nameLatin", latinName, "country", "UZ",
                "type", "HOSPITAL", "city", "Samarkand", "website", "https://example.uz");
    }

    @Test
    void registrationWithNewInstitutionSignsInAndLeavesItPendingUntilStaffVerify() {
        Map<String, Object> form = form(TestAccounts.PASSWORD);
        String latin = "Samarkand Regional Medical Center " + UUID.randomUUID();
        form.put("newInstitution", newInstitution(latin));
        Session anonymous = accounts.anonymous();
        var result = anonymous.post("/api/auth/register").bodyValue(form).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.institution.status").isEqualTo("PENDING")
                .jsonPath("$.roles[0]").isEqualTo("REQUESTER")
                .returnResult();
        Session registered = anonymous.withSession(result.getResponseCookies().getFirst("SESSION").getValue());
        registered.get("/api/me").exchange().expectStatus().isOk();

        Session staff = accounts.signInAs(Role.STAFF);
        String id = staff.get("/api/staff/institutions?status=PENDING").exchange().expectStatus().isOk()
                .expectBodyList(Map.class).returnResult().getResponseBody().stream()
                .filter(i -> latin.equals(i.get("nameLatin")))
                .peek(i -> assertThat(i.get("registeredByName")).isEqualTo("Dr. Aziz Rahimov"))
                .peek(i -> assertThat(i.get("createdAt")).isNotNull())
                .map(i -> (String) i.get("id")).findFirst().orElseThrow();

        staff.post("/api/staff/institutions/{id}/verify", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("VERIFIED");
        staff.post("/api/staff/institutions/{id}/verify", id).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:conflict");
        registered.get("/api/me").exchange().expectBody().jsonPath("$.institution.status").isEqualTo("VERIFIED");
        accounts.signInAsAdmin().get("/api/admin/audit?size=200").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.action == 'INSTITUTION_VERIFIED' && @.target == 'institution:" + id + "')].actorId")
                .isNotEmpty()
                .jsonPath("$.items[?(@.action == 'REGISTERED' && @.actorName == '" + form.get("username") + "')]")
                .exists();
    }

    @Test
    void staffRejectWithReasonAndRejectedInstitutionsLeaveThePicker() {
        Institution pending = accounts.createInstitution(false);
        Session staff = accounts.signInAs(Role.STAFF);
        staff.post("/api/staff/institutions/{id}/reject", pending.id()).bodyValue(Map.of("reason", ""))
                .exchange().expectStatus().isBadRequest();
        staff.post("/api/staff/institutions/{id}/reject", pending.id()).bodyValue(Map.of("reason", "Not a medical institution"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("REJECTED")
                .jsonPath("$.rejectionReason").isEqualTo("Not a medical institution");
        accounts.anonymous().get("/api/institutions?q={q}", pending.nameLatin()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void registrationAtAnExistingInstitutionFoundThroughThePicker() {
        Institution institution = accounts.createInstitution(true);
        accounts.anonymous().get("/api/institutions?q={q}&country=CN", institution.nameLatin().toUpperCase())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo(institution.id())
                .jsonPath("$[0].status").isEqualTo("VERIFIED");
        Map<String, Object> form = form(TestAccounts.PASSWORD);
        form.put("institutionId", institution.id());
        form.put("roles", List.of("PROVIDER", "REQUESTER"));
        accounts.anonymous().post("/api/auth/register").bodyValue(form).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.institution.id").isEqualTo(institution.id())
                .jsonPath("$.roles.length()").isEqualTo(2);
    }

    @Test
    void registrationRefusesStaffRolesBothOrNoInstitutionAndTakenUsernames() {
        Institution institution = accounts.createInstitution(true);
        Map<String, Object> staff = form(TestAccounts.PASSWORD);
        staff.put("institutionId", institution.id());
        staff.put("roles", List.of("STAFF"));
        expectFieldError(staff, "roles");

        Map<String, Object> both = form(TestAccounts.PASSWORD);
        both.put("institutionId", institution.id());
        both.put("newInstitution", newInstitution("Both " + UUID.randomUUID()));
        expectFieldError(both, "institutionId");
        expectFieldError(form(TestAccounts.PASSWORD), "institutionId");

        Map<String, Object> badCountry = form(TestAccounts.PASSWORD);
        Map<String, Object> institutionForm = new HashMap<>(newInstitution("Nowhere " + UUID.randomUUID()));
        institutionForm.put("country", "XX");
        badCountry.put("newInstitution", institutionForm);
        expectFieldError(badCountry, "newInstitution.country");

        Map<String, Object> first = form(TestAccounts.PASSWORD);
        first.put("institutionId", institution.id());
        accounts.anonymous().post("/api/auth/register").bodyValue(first).exchange().expectStatus().isCreated();
        Map<String, Object> again = new HashMap<>(first);
        again.put("username", ((String) first.get("username")).toUpperCase());
        accounts.anonymous().post("/api/auth/register").bodyValue(again).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("urn:transferhub:problem:duplicate");
    }

    @Test
    void passwordsMustHave12To128CharactersAndNotBeCommon() {
        expectPasswordRefused("Short-pw-1");                    // 10 characters
        expectPasswordRefused("x".repeat(129));
        expectPasswordRefused("password1234");                 // on the common list
        expectPasswordRefused("QwertyUiop123");                // case-insensitive match
    }

    @Test
    void longUnicodePasswordsAreNeitherTruncatedNorRefused() {
        // 48 Cyrillic and CJK characters: well over BCrypt's 72-byte limit.
        String password = "Пароль-для-входа-瑞金医院-технологии-метаболизма-2026";
        assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        Institution institution = accounts.createInstitution(true);
        Map<String, Object> form = form(password);
        form.put("institutionId", institution.id());
        accounts.anonymous().post("/api/auth/register").bodyValue(form).exchange().expectStatus().isCreated();
        String username = (String) form.get("username");
        accounts.signIn(username, password).get("/api/me").exchange().expectStatus().isOk();
        // The first 72 bytes alone (what BCrypt would have compared) must not sign in.
        String truncated = new String(java.util.Arrays.copyOf(password.getBytes(java.nio.charset.StandardCharsets.UTF_8), 72),
                java.nio.charset.StandardCharsets.UTF_8).replace("\uFFFD", "");
        accounts.anonymous().post("/api/auth/login").bodyValue(Map.of("username", username, "password", truncated))
                .exchange().expectStatus().isUnauthorized();
    }

    private void expectPasswordRefused(String password) {
        Institution institution = accounts.createInstitution(true);
        Map<String, Object> form = form(password);
        form.put("institutionId", institution.id());
        expectFieldError(form, "password");
    }

    private void expectFieldError(Map<String, Object> form, String field) {
        accounts.anonymous().post("/api/auth/register").bodyValue(form).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.fieldErrors[?(@.field == '" + field + "')]").exists();
    }
}
