package org.transferhub.needs.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.needs.EnumCode;
import org.transferhub.needs.NeedBoard;
import org.transferhub.needs.NeedCodes.CareSetting;
import org.transferhub.needs.NeedCodes.DiseaseArea;
import org.transferhub.needs.NeedCodes.Outcome;
import org.transferhub.needs.NeedCodes.TechnologyType;
import org.transferhub.needs.NeedRevision;
import org.transferhub.needs.NeedService;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Needs: the requester's CRUD and lifecycle, "my needs", and the board for providers and staff. */
@RestController
class NeedController {

    private final NeedService service;
    private final NeedBoard board;
    private final CurrentUsers users;

    NeedController(NeedService service, NeedBoard board, CurrentUsers users) {
        this.service = service;
        this.board = board;
        this.users = users;
    }

    record CloseForm(@NotNull @EnumCode(Outcome.class) String outcome, @Size(max = 2000) String note) {}

    record MatchedForm(@NotBlank @Size(max = 64) String listingId) {}

    @PostMapping("/api/needs")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<NeedView> create(@Valid @RequestBody NeedForm form) {
        return users.required().flatMap(user -> service.create(user, form.toContent(), form.visibilityCode())
                .map(need -> NeedView.of(need, user)));
    }

    @GetMapping("/api/needs/{id}")
    Mono<NeedView> get(@PathVariable String id) {
        return users.required().flatMap(user -> service.visible(user, id).map(need -> NeedView.of(need, user)));
    }

    @PutMapping("/api/needs/{id}")
    Mono<NeedView> edit(@PathVariable String id, @Valid @RequestBody NeedForm form) {
        if (form.version() == null) {
            return Mono.error(new InvalidRequest("version", "the version you loaded is required for an edit"));
        }
        return users.required().flatMap(user -> service.edit(user, id, form.version(), form.toContent(),
                form.visibilityCode()).map(need -> NeedView.of(need, user)));
    }

    @DeleteMapping("/api/needs/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable String id) {
        return users.required().flatMap(user -> service.delete(user, id));
    }

    @PostMapping("/api/needs/{id}/open")
    Mono<NeedView> open(@PathVariable String id) {
        return users.required().flatMap(user -> service.open(user, id).map(need -> NeedView.of(need, user)));
    }

    @PostMapping("/api/needs/{id}/close")
    Mono<NeedView> close(@PathVariable String id, @Valid @RequestBody CloseForm form) {
        return users.required().flatMap(user -> service.close(user, id, Outcome.valueOf(form.outcome()), form.note())
                .map(need -> NeedView.of(need, user)));
    }

    @PostMapping("/api/needs/{id}/matched")
    Mono<NeedView> matched(@PathVariable String id, @Valid @RequestBody MatchedForm form) {
        return users.required().flatMap(user -> service.markMatched(user, id, form.listingId())
                .map(need -> NeedView.of(need, user)));
    }

    @GetMapping("/api/needs/{id}/history")
    Flux<NeedRevision> history(@PathVariable String id) {
        return users.required().flatMapMany(user -> service.history(user, id));
    }

    @GetMapping("/api/my/needs")
    Flux<NeedView> mine() {
        return users.required().flatMapMany(user -> service.mine(user).map(need -> NeedView.of(need, user)));
    }

    @GetMapping("/api/needs/board")
    Flux<NeedView> board(@RequestParam(required = false) String diseaseArea,
            @RequestParam(required = false) String technologyType, @RequestParam(required = false) String country,
            @RequestParam(required = false) String careSetting, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var errors = new java.util.ArrayList<InvalidRequest.FieldError>();
        check(errors, "diseaseArea", diseaseArea, DiseaseArea.class);
        check(errors, "technologyType", technologyType, TechnologyType.class);
        check(errors, "careSetting", careSetting, CareSetting.class);
        if (country != null && !org.transferhub.reference.Countries.isValid(country)) {
            errors.add(new InvalidRequest.FieldError("country", "must be an ISO 3166-1 alpha-2 country code such as KZ"));
        }
        if (text != null && text.length() > 200) {
            errors.add(new InvalidRequest.FieldError("text", "must be at most 200 characters"));
        }
        if (page < 0 || page > 1000 || size < 1 || size > NeedBoard.MAX_PAGE_SIZE) {
            errors.add(new InvalidRequest.FieldError("size", "page must be 0..1000 and size 1.." + NeedBoard.MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            return Flux.error(new InvalidRequest(errors));
        }
        NeedBoard.Filter filter = new NeedBoard.Filter(diseaseArea, technologyType, country, careSetting, text, page, size);
        return users.required().flatMapMany(user -> board.browse(user, filter).map(need -> NeedView.of(need, user)));
    }

    private static void check(java.util.List<InvalidRequest.FieldError> errors, String field, String value,
            Class<? extends Enum<?>> codes) {
        if (value != null && java.util.Arrays.stream(codes.getEnumConstants()).noneMatch(c -> c.name().equals(value))) {
            errors.add(new InvalidRequest.FieldError(field, "is not a known code"));
        }
    }
}
