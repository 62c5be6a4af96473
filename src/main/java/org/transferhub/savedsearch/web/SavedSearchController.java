package org.transferhub.savedsearch.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.needs.EnumCode;
import org.transferhub.needs.NeedCodes.DiseaseArea;
import org.transferhub.needs.NeedCodes.TechnologyType;
import org.transferhub.reference.CountryCode;
import org.transferhub.savedsearch.SavedSearch;
import org.transferhub.savedsearch.SavedSearches;
import org.transferhub.savedsearch.SearchAlert;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Saved searches with alerts, for any signed-in user. */
@RestController
class SavedSearchController {

    private final SavedSearches searches;
    private final CurrentUsers users;

    SavedSearchController(SavedSearches searches, CurrentUsers users) {
        this.searches = searches;
        this.users = users;
    }

    record SavedSearchForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 500) String text,
            @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{4})?", message = "must be a language code such as ru") String language,
            @EnumCode(DiseaseArea.class) String diseaseArea, @EnumCode(TechnologyType.class) String technologyType,
            @CountryCode String country) {}

    @PostMapping("/api/saved-searches")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<SavedSearch> save(@Valid @RequestBody SavedSearchForm form) {
        return users.required().flatMap(user -> searches.save(user, form.name().strip(), form.text().strip(),
                form.language(), form.diseaseArea(), form.technologyType(), form.country()));
    }

    @GetMapping("/api/saved-searches")
    Flux<SavedSearch> mine() {
        return users.required().flatMapMany(searches::mine);
    }

    @DeleteMapping("/api/saved-searches/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> delete(@PathVariable String id) {
        return users.required().flatMap(user -> searches.delete(user, id));
    }

    @GetMapping("/api/saved-searches/alerts")
    Flux<SearchAlert> alerts() {
        return users.required().flatMapMany(searches::alerts);
    }
}
