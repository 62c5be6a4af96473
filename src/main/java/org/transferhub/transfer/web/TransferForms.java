package org.transferhub.transfer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.transferhub.transfer.ActorKind;
import org.transferhub.transfer.Milestones;
import org.transferhub.transfer.Readiness;

/** Request bodies of the transfer endpoints, validated before they reach the domain. */
final class TransferForms {

    private TransferForms() {}

    record ApplyForm(
            @NotBlank @Size(max = 100) String listingId,
            @Size(max = 100) String needId,
            @NotBlank @Size(max = 4000) String intendedUse,
            @NotNull @Size(max = 100) List<@Valid @NotNull ReadinessAnswer> readiness,
            @Min(0) @Max(10_000_000) int patientsPerYear,
            @Min(1) @Max(100_000) int professionalsToTrain,
            @NotBlank @Size(max = 100) String preferredMode,
            @NotBlank @Size(max = 1000) String timeline) {}

    record ReadinessAnswer(@NotBlank @Size(max = 1000) String requirement, @NotNull Readiness.Level answer) {}

    /** A comment or reason; {@code required} for rejections, withdrawals, cancellations and information requests. */
    record CommentForm(@Size(max = 4000) String comment) {}

    record ReasonForm(@NotBlank @Size(max = 4000) String reason) {}

    record AcceptForm(@NotBlank @Size(max = 8000) String terms, @NotBlank @Size(max = 8000) String trainingPlan) {}

    record DeclineForm(@NotNull Milestones.DeclineReason reasonCode, @NotBlank @Size(max = 4000) String text) {}

    record StaffInfoForm(@NotNull ActorKind from, @NotBlank @Size(max = 4000) String question) {}

    record AgreementForm(@NotNull Milestones.AgreementKind kind, @NotNull LocalDate signedOn,
            @DecimalMin("0") BigDecimal value, @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {}

    record TrainingForm(@Min(1) @Max(100_000) int professionalsTrained,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> professions,
            @Min(0) @Max(100_000) int certificatesIssued, @NotNull LocalDate deliveredOn) {}

    record DeploymentForm(@NotNull LocalDate goLiveOn, @Size(max = 4000) String note) {}

    record FollowUpForm(@Min(0) @Max(10_000_000) int patientsTreated, @NotBlank @Size(max = 2000) String keyOutcome,
            @NotNull @Size(max = 4000) String adverseEvents) {}

    record MessageForm(@NotBlank @Size(max = 8000) String text,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> attachmentIds) {}
}
