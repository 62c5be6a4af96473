package org.transferhub.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.account.Role;
import org.transferhub.account.UserAdministration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** User management for admins: list, roles, enabling. */
@RestController
@RequestMapping("/api/admin/users")
class AdminUserController {

    private final UserAdministration administration;
    private final CurrentUsers currentUsers;
    private final UserViews views;

    AdminUserController(UserAdministration administration, CurrentUsers currentUsers, UserViews views) {
        this.administration = administration;
        this.currentUsers = currentUsers;
        this.views = views;
    }

    record UserPageView(List<UserView> items, long total, int page, int size) {}

    record RolesForm(@NotNull Set<@NotNull Role> roles) {}

    @GetMapping
    Mono<UserPageView> list(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return administration.find(q, page, size).flatMap(result -> Flux.fromIterable(result.items())
                .concatMap(views::of).collectList()
                .map(items -> new UserPageView(items, result.total(), page, size)));
    }

    @PutMapping("/{id}/roles")
    Mono<UserView> roles(@PathVariable String id, @Valid @RequestBody RolesForm form) {
        return currentUsers.required().flatMap(admin -> administration.changeRoles(id, form.roles(), admin))
                .flatMap(views::of);
    }

    @PostMapping("/{id}/disable")
    Mono<UserView> disable(@PathVariable String id) {
        return currentUsers.required().flatMap(admin -> administration.setEnabled(id, false, admin)).flatMap(views::of);
    }

    @PostMapping("/{id}/enable")
    Mono<UserView> enable(@PathVariable String id) {
        return currentUsers.required().flatMap(admin -> administration.setEnabled(id, true, admin)).flatMap(views::of);
    }
}
