package org.transferhub.audit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.audit.AuditEvent;
import org.transferhub.audit.AuditLog;
import reactor.core.publisher.Mono;

/** The audit log for admins, newest first. */
@RestController
@RequestMapping("/api/admin/audit")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    record AuditPage(List<AuditEvent> items, long total, int page, int size) {}

    @GetMapping
    Mono<AuditPage> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return Mono.zip(auditLog.page(page, size).collectList(), auditLog.count())
                .map(t -> new AuditPage(t.getT1(), t.getT2(), page, size));
    }
}
