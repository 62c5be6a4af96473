package org.transferhub.account.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.transferhub.account.CurrentUsers;
import org.transferhub.account.EmailFrequency;
import org.transferhub.account.UserAdministration;
import reactor.core.publisher.Mono;

/** The signed-in user's own account. */
@RestController
@Tag(name = "Me", description = "The signed-in user")
@RequestMapping("/api/me")
class MeController {

    private final CurrentUsers currentUsers;
    private final UserAdministration users;
    private final UserViews views;
    private final SessionSignIn sessions;

    MeController(CurrentUsers currentUsers, UserAdministration users, UserViews views, SessionSignIn sessions) {
        this.currentUsers = currentUsers;
        this.users = users;
        this.views = views;
        this.sessions = sessions;
    }

    /** Null fields stay unchanged. {@code emailFrequency}: IMMEDIATE, DAILY, WEEKLY or OFF. */
    record ProfileForm(@Size(min = 1, max = 100) String displayName,
            @Pattern(regexp = AuthController.LANGUAGE_PATTERN) String language,
            @Pattern(regexp = "IMMEDIATE|DAILY|WEEKLY|OFF", message = "must be one of IMMEDIATE, DAILY, WEEKLY, OFF")
            String emailFrequency) {}

    @GetMapping
    Mono<UserView> me() {
        return currentUsers.required().flatMap(me -> users.load(me.userId())).flatMap(views::of);
    }

    @PatchMapping
    Mono<UserView> update(@Valid @RequestBody ProfileForm form, ServerWebExchange exchange) {
        String displayName = form.displayName() == null || form.displayName().isBlank() ? null : form.displayName().strip();
        return currentUsers.required()
                .flatMap(me -> users.updateProfile(me.userId(), displayName, form.language(),
                        form.emailFrequency() == null ? null : EmailFrequency.valueOf(form.emailFrequency())))
                .flatMap(user -> sessions.refresh(exchange, user.currentUser()).then(views.of(user)));
    }
}
