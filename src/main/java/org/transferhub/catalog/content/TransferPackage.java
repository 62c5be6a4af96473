package org.transferhub.catalog.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the transfer includes, and on which terms. */
public record TransferPackage(
        @Min(0) @Max(3650) Integer trainingDays,
        @Min(0) @Max(100_000) Integer trainingPlaces,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> equipment,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> software,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> documents,
        @Size(max = 2000) String remoteSupport,
        CostModel costModel,
        @Size(max = 2000) String termsNotes) {

    public enum CostModel { FREE, COST_RECOVERY, LICENCE_FEE_NEGOTIABLE }

    public TransferPackage {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        software = software == null ? List.of() : List.copyOf(software);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
