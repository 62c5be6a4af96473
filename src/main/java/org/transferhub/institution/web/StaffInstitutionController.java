package org.transferhub.institution.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.transferhub.audit.AuditLog;
import org.transferhub.institution.Institution;
import org.transferhub.institution.InstitutionDecisions;
import org.transferhub.institution.InstitutionDetails;
import org.transferhub.institution.InstitutionRegistry;
import org.transferhub.institution.InstitutionType;
import org.transferhub.institution.VerificationStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The staff verification queue: verify, or reject with a reason. Staff and admins only. */
@RestController
@RequestMapping("/api/staff/institutions")
class StaffInstitutionController {

    private final InstitutionRegistry registry;
    private final InstitutionDecisions decisions;
    private final AuditLog auditLog;

    StaffInstitutionController(InstitutionRegistry registry, InstitutionDecisions decisions, AuditLog auditLog) {
        this.registry = registry;
        this.decisions = decisions;
        this.auditLog = auditLog;
    }

    /**
     * The reviewer, read from the principal by property name so that this feature does not depend on
     * the account feature (which depends on this one to register institutions).
     */
    record Reviewer(String userId, String username) {}

    record QueuedInstitution(String id, String name, String nameLatin, String country, InstitutionType type,
            String city, String website, VerificationStatus status, String rejectionReason, Instant createdAt,
            String registeredBy, String registeredByName, String reviewedBy, Instant reviewedAt) {

        static QueuedInstitution of(Institution i) {
            return new QueuedInstitution(i.id(), i.name(), i.nameLatin(), i.country(), i.type(), i.city(), i.website(),
                    i.status(), i.rejectionReason(), i.createdAt(), i.registeredBy(), i.registeredByName(),
                    i.reviewedBy(), i.reviewedAt());
        }
    }

    record RejectForm(@NotBlank @Size(max = 1000) String reason) {}

    @GetMapping
    Flux<QueuedInstitution> queue(@RequestParam(defaultValue = "PENDING") VerificationStatus status) {
        return registry.byStatus(status).map(QueuedInstitution::of);
    }

    @PostMapping("/{id}/verify")
    Mono<InstitutionDetails> verify(@PathVariable String id,
            @AuthenticationPrincipal(expression = "userId()") String userId,
            @AuthenticationPrincipal(expression = "username()") String username) {
        Reviewer staff = new Reviewer(userId, username);
        return decisions.verify(id, staff.username())
                .flatMap(institution -> audit(staff, "INSTITUTION_VERIFIED", institution, Map.of()));
    }

    @PostMapping("/{id}/reject")
    Mono<InstitutionDetails> reject(@PathVariable String id, @Valid @RequestBody RejectForm form,
            @AuthenticationPrincipal(expression = "userId()") String userId,
            @AuthenticationPrincipal(expression = "username()") String username) {
        Reviewer staff = new Reviewer(userId, username);
        return decisions.reject(id, staff.username(), form.reason().strip())
                .flatMap(institution -> audit(staff, "INSTITUTION_REJECTED", institution,
                        Map.of("reason", form.reason().strip())));
    }

    private Mono<InstitutionDetails> audit(Reviewer staff, String action, Institution institution,
            Map<String, String> details) {
        return auditLog.record(action, staff.userId(), staff.username(), "institution:" + institution.id(), details)
                .thenReturn(institution.details());
    }
}
