package org.transferhub.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.transferhub.reference.CountryCode;

/** What a registering user tells us about an institution we do not know yet. */
public record NewInstitution(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String nameLatin,
        @NotNull @CountryCode String country,
        @NotNull InstitutionType type,
        @Size(max = 100) String city,
        @Size(max = 300) @Pattern(regexp = "^(https?://\\S+)?$", message = "must be an http(s) address") String website) {
}
