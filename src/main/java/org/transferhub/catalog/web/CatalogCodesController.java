package org.transferhub.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.catalog.content.Countries;
import org.transferhub.catalog.content.DiseaseArea;
import org.transferhub.catalog.content.IntellectualProperty;
import org.transferhub.catalog.content.TechnologyType;
import org.transferhub.catalog.content.TransferMode;
import org.transferhub.catalog.content.TransferPackage;
import org.transferhub.catalog.content.Translation;
import reactor.core.publisher.Mono;

/** The catalog's codes, so that forms and filters offer exactly what the API accepts (anyone). */
@RestController
@Tag(name = "Catalog")
class CatalogCodesController {

    private static final Map<String, List<String>> CODES = Map.of(
            "diseaseAreas", names(DiseaseArea.values()),
            "technologyTypes", names(TechnologyType.values()),
            "transferModes", names(TransferMode.values()),
            "costModels", names(TransferPackage.CostModel.values()),
            "patentStatuses", names(IntellectualProperty.PatentStatus.values()),
            "regulatoryStatuses", names(IntellectualProperty.RegulatoryStatus.values()),
            "translationSources", names(Translation.Source.values()),
            "defaultTargetCountries", Countries.SCO_MEMBER_STATES,
            "trl", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"));

    @GetMapping("/api/catalog/codes")
    @Operation(summary = "Codes accepted by listings: disease areas, types, transfer modes, cost models, statuses")
    Mono<Map<String, List<String>>> codes() {
        return Mono.just(CODES);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
