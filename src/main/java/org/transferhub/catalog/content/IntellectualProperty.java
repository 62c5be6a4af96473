package org.transferhub.catalog.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Patents (none is an empty list) and the regulatory status per member state (ISO 3166-1 alpha-2),
 * which matters for devices and drugs.
 */
public record IntellectualProperty(
        @Size(max = 50) List<@Valid @NotNull Patent> patents,
        @Size(max = 60) Map<String, @NotNull RegulatoryStatus> regulatoryStatus) {

    public IntellectualProperty {
        patents = patents == null ? List.of() : List.copyOf(patents);
        regulatoryStatus = regulatoryStatus == null ? Map.of() : Map.copyOf(regulatoryStatus);
    }

    public record Patent(@NotBlank @Size(max = 100) String number, @NotBlank @Size(max = 100) String office,
            @NotNull PatentStatus status) {}

    public enum PatentStatus { FILED, GRANTED, EXPIRED }

    public enum RegulatoryStatus { REGISTERED, PENDING, NOT_REGISTERED, NOT_REQUIRED }
}
