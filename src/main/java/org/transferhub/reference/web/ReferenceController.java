package org.transferhub.reference.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.reference.Countries;
import reactor.core.publisher.Mono;

/** Reference lists for forms and pickers; anonymous. */
@RestController
@RequestMapping("/api/reference")
class ReferenceController {

    @GetMapping("/countries")
    Mono<List<Countries.Country>> countries() {
        return Mono.just(Countries.ordered());
    }
}
