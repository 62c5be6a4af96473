package org.transferhub.institution.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.institution.InstitutionRegistry;
import org.transferhub.institution.InstitutionSummary;
import org.transferhub.reference.CountryCode;
import reactor.core.publisher.Flux;

/** The institution picker of the registration form: anonymous, at most 50 results. */
@RestController
@RequestMapping("/api/institutions")
class InstitutionController {

    private final InstitutionRegistry registry;

    InstitutionController(InstitutionRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    Flux<InstitutionSummary> search(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @CountryCode String country) {
        return registry.search(q, country);
    }
}
