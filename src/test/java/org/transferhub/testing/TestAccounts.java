package org.transferhub.testing;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.types.ObjectId;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.transferhub.account.PasswordPolicy;
import org.transferhub.account.Role;
import org.transferhub.account.User;
import org.transferhub.account.Users;
import org.transferhub.institution.Institution;
import org.transferhub.institution.InstitutionRegistry;
import org.transferhub.institution.InstitutionType;
import org.transferhub.institution.NewInstitution;

/**
 * Test fixtures for accounts: creates users straight in the database and signs them in through the
 * real API (session cookie and CSRF token, no test shortcuts). Every test context also has the admin
 * {@code admin} / {@link #ADMIN_PASSWORD} (application-test.yaml).
 *
 * <pre>{@code
 * @Autowired TestAccounts accounts;
 * var staff = accounts.signInAs(Role.STAFF);
 * staff.post("/api/staff/institutions/{id}/verify", id).exchange().expectStatus().isOk();
 * }</pre>
 */
@Component
public class TestAccounts {

    public static final String ADMIN_PASSWORD = "Test-admin-password-2026";
    public static final String PASSWORD = "Correct-horse-battery-staple-7";

    private final WebTestClient web;
    private final Users users;
    private final PasswordPolicy passwords;
    private final InstitutionRegistry institutions;

    TestAccounts(WebTestClient web, Users users, PasswordPolicy passwords, InstitutionRegistry institutions) {
        this.web = web;
        this.users = users;
        this.passwords = passwords;
        this.institutions = institutions;
    }

    /** A new user with these roles, at a new VERIFIED institution, password {@link #PASSWORD}. */
    public User createUser(Role... roles) {
        Institution institution = createInstitution(true);
        return createUser("user-" + UUID.randomUUID().toString().substring(0, 8), Set.of(roles), institution.id());
    }

    public User createUser(String username, Set<Role> roles, String institutionId) {
        String hash = passwords.hash(PASSWORD).block();
        return users.insert(User.create(new ObjectId().toHexString(), username, hash, "Test " + username,
                username + "@example.org", "en", roles, institutionId, Instant.now())).block();
    }

    public Institution createInstitution(boolean verified) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        NewInstitution form = new NewInstitution("测试医院 " + suffix, "Test Hospital " + suffix, "CN",
                InstitutionType.HOSPITAL, "Shanghai", null);
        return (verified ? institutions.registerVerified(form, "test")
                : institutions.registerPending(form, null, "Test registrant")).block();
    }

    /** A new user with these roles, signed in. */
    public Session signInAs(Role... roles) {
        User user = createUser(roles);
        return signIn(user.username(), PASSWORD);
    }

    public Session signInAsAdmin() {
        return signIn("admin", ADMIN_PASSWORD);
    }

    /** No session yet, but a CSRF token: ready for login or registration. */
    public Session anonymous() {
        EntityExchangeResult<Map> csrf = web.get().uri("/api/auth/csrf").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult();
        ResponseCookie cookie = csrf.getResponseCookies().getFirst("XSRF-TOKEN");
        return new Session(web, null, cookie.getValue());
    }

    public Session signIn(String username, String password) {
        Session anonymous = anonymous();
        EntityExchangeResult<byte[]> login = anonymous.post("/api/auth/login")
                .bodyValue(Map.of("username", username, "password", password))
                .exchange().expectStatus().isOk().expectBody().returnResult();
        return anonymous.withSession(login.getResponseCookies().getFirst("SESSION").getValue());
    }

    /** A browser's cookie jar, reduced to what the API needs: the session and the CSRF token. */
    public record Session(WebTestClient web, String sessionId, String csrfToken) {

        public Session withSession(String newSessionId) {
            return new Session(web, newSessionId, csrfToken);
        }

        public WebTestClient.RequestHeadersSpec<?> get(String uri, Object... vars) {
            return prepare(web.get().uri(uri, vars));
        }

        public WebTestClient.RequestBodySpec post(String uri, Object... vars) {
            return send(HttpMethod.POST, uri, vars);
        }

        public WebTestClient.RequestBodySpec put(String uri, Object... vars) {
            return send(HttpMethod.PUT, uri, vars);
        }

        public WebTestClient.RequestBodySpec patch(String uri, Object... vars) {
            return send(HttpMethod.PATCH, uri, vars);
        }

        public WebTestClient.RequestHeadersSpec<?> delete(String uri, Object... vars) {
            return prepare(web.method(HttpMethod.DELETE).uri(uri, vars)).header("X-XSRF-TOKEN", csrfToken);
        }

        private WebTestClient.RequestBodySpec send(HttpMethod method, String uri, Object... vars) {
            WebTestClient.RequestBodySpec spec = web.method(method).uri(uri, vars);
            spec.contentType(MediaType.APPLICATION_JSON).header("X-XSRF-TOKEN", csrfToken);
            prepare(spec);
            return spec;
        }

        private <S extends WebTestClient.RequestHeadersSpec<?>> S prepare(S spec) {
            spec.cookie("XSRF-TOKEN", csrfToken);
            if (sessionId != null) {
                spec.cookie("SESSION", sessionId);
            }
            return spec;
        }

        @Override
        public String toString() {
            return "Session" + Arrays.asList(sessionId == null ? "anonymous" : "signed-in");
        }
    }
}
