package org.transferhub.catalog.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** For clinical techniques and management models: what a receiving clinician needs to judge it. */
public record ClinicalTechnique(
        @Size(max = 2000) String indication,
        @Size(max = 200) String evidenceLevel,
        @Size(max = 4000) String outcomes,
        @Size(max = 2000) String learningCurve,
        @Min(0) @Max(10_000_000) Integer minimumAnnualCaseVolume,
        @Size(max = 2000) String teamRequired) {}
