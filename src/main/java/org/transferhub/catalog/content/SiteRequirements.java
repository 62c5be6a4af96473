package org.transferhub.catalog.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the receiving site needs to run the technology. */
public record SiteRequirements(
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> equipment,
        @Size(max = 2000) String staffAndSkills,
        @Size(max = 2000) String infrastructure,
        @Min(0) @Max(100_000_000) Integer annualPatientVolume) {

    public SiteRequirements {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }
}
