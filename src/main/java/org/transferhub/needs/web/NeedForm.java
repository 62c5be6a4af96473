package org.transferhub.needs.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.transferhub.needs.EnumCode;
import org.transferhub.needs.NeedCodes.CareSetting;
import org.transferhub.needs.NeedCodes.DiseaseArea;
import org.transferhub.needs.NeedCodes.TechnologyType;
import org.transferhub.needs.NeedCodes.TransferMode;
import org.transferhub.needs.NeedCodes.Visibility;
import org.transferhub.needs.NeedContent;
import org.transferhub.reference.CountryCode;

/**
 * A need as the requester writes it (create and edit). {@code version} is required on edits: the
 * version the client loaded, so that an edit based on an old version is refused with 409.
 */
record NeedForm(
        @Size(max = 200) String title,
        @NotBlank @Size(max = 10_000) String problemStatement,
        @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{4})?", message = "must be a language code such as ru or zh") String language,
        @NotEmpty @Size(max = 10) List<@NotNull @EnumCode(DiseaseArea.class) String> diseaseAreas,
        @Size(max = 7) List<@NotNull @EnumCode(TechnologyType.class) String> technologyTypes,
        @NotBlank @CountryCode String country,
        @Size(max = 200) String region,
        @NotNull @EnumCode(CareSetting.class) String careSetting,
        @Min(0) @Max(100_000_000) Integer patientsPerYear,
        @Valid SiteForm site,
        @Valid BudgetForm budget,
        @Size(max = 6) List<@NotNull @EnumCode(TransferMode.class) String> transferModes,
        @Min(1) @Max(9) Integer minimumTrl,
        @Size(max = 12) List<@NotNull @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z]{4})?", message = "must be a language code") String> staffLanguages,
        @Size(max = 200) String timeline,
        @NotNull @EnumCode(Visibility.class) String visibility,
        Long version) {

    record SiteForm(
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> equipment,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> specialists,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> it,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> lab) {}

    record BudgetForm(
            @PositiveOrZero @DecimalMax("1e13") BigDecimal min,
            @PositiveOrZero @DecimalMax("1e13") BigDecimal max,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as USD") String currency) {

        /** Reported as field {@code budget.rangeOrdered}. */
        @AssertTrue(message = "min must not exceed max")
        boolean isRangeOrdered() {
            return min == null || max == null || min.compareTo(max) <= 0;
        }
    }

    NeedContent toContent() {
        NeedContent.Site s = site == null ? null
                : new NeedContent.Site(site.equipment(), site.specialists(), site.it(), site.lab());
        NeedContent.Budget b = budget == null ? null : new NeedContent.Budget(budget.min(), budget.max(), budget.currency());
        return new NeedContent(blankToNull(title), problemStatement.strip(), language, distinct(diseaseAreas),
                distinct(technologyTypes), country, blankToNull(region), careSetting, patientsPerYear, s, b,
                distinct(transferModes), minimumTrl, distinct(staffLanguages), blankToNull(timeline));
    }

    Visibility visibilityCode() {
        return Visibility.valueOf(visibility);
    }

    private static List<String> distinct(List<String> list) {
        return list == null ? List.of() : list.stream().distinct().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
