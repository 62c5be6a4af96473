package org.transferhub.matching.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUser;
import org.transferhub.account.CurrentUsers;
import org.transferhub.matching.MatchDesk;
import org.transferhub.matching.MatchingStaff;
import org.transferhub.shared.web.Forbidden;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Mono;

/** Center staff: recommendations, the full recompute with its progress, brokering figures. */
@RestController
class StaffMatchingController {

    private final MatchDesk desk;
    private final MatchingStaff staff;
    private final CurrentUsers users;

    StaffMatchingController(MatchDesk desk, MatchingStaff staff, CurrentUsers users) {
        this.desk = desk;
        this.staff = staff;
        this.users = users;
    }

    record RecommendationForm(@NotBlank @Size(max = 64) String needId, @NotBlank @Size(max = 64) String listingId,
            @NotBlank @Size(max = 2000) String note) {}

    @PostMapping("/api/staff/matching/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MatchView> recommend(@Valid @RequestBody RecommendationForm form) {
        return staffUser().flatMap(user -> desk.recommend(user, form.needId(), form.listingId(), form.note())
                .flatMap(match -> desk.forNeed(user, form.needId(), true, 100)
                        .filter(entry -> entry.match().id().equals(match.id())).next())
                .map(MatchView::forNeed));
    }

    @PostMapping("/api/staff/matching/recompute")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Object> recompute() {
        return staffUser().flatMap(user -> staff.startRecompute(user.userId()));
    }

    @GetMapping("/api/staff/matching/status")
    Mono<Object> status() {
        return staffUser().flatMap(user -> staff.recomputeStatus());
    }

    @GetMapping("/api/staff/brokering")
    Mono<Object> brokering(@RequestParam(required = false) Integer threshold) {
        if (threshold != null && (threshold < 0 || threshold > 100)) {
            return Mono.error(new InvalidRequest("threshold", "must be between 0 and 100"));
        }
        return staffUser().flatMap(user -> staff.brokering(threshold));
    }

    private Mono<CurrentUser> staffUser() {
        return users.required().flatMap(user -> user.isStaff() ? Mono.just(user)
                : Mono.error(new Forbidden("Only Center staff may do this")));
    }
}
