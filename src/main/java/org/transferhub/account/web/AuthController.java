package org.transferhub.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.transferhub.account.CurrentUsers;
import org.transferhub.account.Registration;
import org.transferhub.account.Role;
import org.transferhub.account.SignIn;
import org.transferhub.audit.AuditLog;
import org.transferhub.institution.NewInstitution;
import reactor.core.publisher.Mono;

/** Sign-in, sign-out, registration and the CSRF token. Other tools script against these: keep them stable. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    static final String LANGUAGE_PATTERN = "zh|ru|en|kk|uz|ky|tg|fa|hi|ur|be";

    private final SignIn signIn;
    private final Registration registration;
    private final SessionSignIn sessions;
    private final UserViews views;
    private final CurrentUsers currentUsers;
    private final AuditLog auditLog;

    AuthController(SignIn signIn, Registration registration, SessionSignIn sessions, UserViews views,
            CurrentUsers currentUsers, AuditLog auditLog) {
        this.signIn = signIn;
        this.registration = registration;
        this.sessions = sessions;
        this.views = views;
        this.currentUsers = currentUsers;
        this.auditLog = auditLog;
    }

    record CsrfView(String token, String headerName, String parameterName) {}

    record LoginForm(@NotBlank @Size(max = 200) String username, @NotNull @Size(max = 1024) String password) {}

    record RegisterForm(
            @NotBlank @Pattern(regexp = "^[\\p{L}\\p{N}._@-]{3,64}$",
                    message = "3 to 64 letters, digits, dots, dashes, underscores or @") String username,
            @NotNull @Size(max = 1024) String password,
            @NotBlank @Size(max = 100) String displayName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Pattern(regexp = LANGUAGE_PATTERN) String language,
            @NotEmpty Set<@NotNull Role> roles,
            @Size(max = 64) String institutionId,
            @Valid NewInstitution newInstitution) {}

    @GetMapping("/csrf")
    Mono<CsrfView> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return (token == null ? Mono.<CsrfToken>empty() : token)
                .map(t -> new CsrfView(t.getToken(), t.getHeaderName(), t.getParameterName()));
    }

    @PostMapping("/login")
    Mono<UserView> login(@Valid @RequestBody LoginForm form, ServerWebExchange exchange) {
        return signIn.authenticate(form.username(), form.password(), SessionSignIn.clientAddress(exchange))
                .flatMap(user -> sessions.signIn(exchange, user.currentUser()).then(views.of(user)));
    }

    @PostMapping("/logout")
    Mono<ResponseEntity<Void>> logout(ServerWebExchange exchange) {
        return currentUsers.current()
                .flatMap(user -> auditLog.record("LOGOUT", user.userId(), user.username(), null,
                        SessionSignIn.clientAddress(exchange), Map.of()))
                .then(sessions.signOut(exchange))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/register")
    Mono<ResponseEntity<UserView>> register(@Valid @RequestBody RegisterForm form, ServerWebExchange exchange) {
        var application = new Registration.Application(form.username(), form.password(), form.displayName(),
                form.email(), form.language(), form.roles(), blankToNull(form.institutionId()), form.newInstitution());
        return registration.register(application, SessionSignIn.clientAddress(exchange))
                .flatMap(user -> sessions.signIn(exchange, user.currentUser()).then(views.of(user)))
                .map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
