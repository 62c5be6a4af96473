package org.transferhub.transfer.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.shared.web.Csv;
import org.transferhub.shared.web.InvalidRequest;
import org.transferhub.transfer.TransferFact;
import org.transferhub.transfer.TransferRecords;
import reactor.core.publisher.Mono;

/** Staff export of every transfer, one row each. */
@RestController
class TransferExportController {

    private static final List<String> HEADER = List.of("id", "reference", "listingId", "listingTitle", "status",
            "requesterInstitutionId", "requesterCountry", "providerInstitutionId", "providerCountry", "diseaseAreas",
            "technologyType", "transferMode", "readinessScore", "professionalsToTrain", "professionalsTrained",
            "declineReason", "createdAt", "acceptedAt", "approvedAt", "completedAt", "deadlineAt", "overdue");

    private final CurrentUsers users;
    private final TransferRecords records;

    TransferExportController(CurrentUsers users, TransferRecords records) {
        this.users = users;
        this.records = records;
    }

    @GetMapping("/api/staff/transfers/export")
    Mono<ResponseEntity<byte[]>> export(@RequestParam(defaultValue = "csv") String format) {
        if (!"csv".equals(format)) {
            return Mono.error(new InvalidRequest("format", "must be csv"));
        }
        return users.required()
                .flatMapMany(user -> user.isStaff() ? records.facts()
                        : reactor.core.publisher.Flux.error(new org.transferhub.shared.web.Forbidden("Only Center staff export transfers")))
                .sort(java.util.Comparator.comparing(TransferFact::createdAt,
                        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .reduce(new Csv(HEADER), (csv, f) -> csv.row(f.id(), f.reference(), f.listingId(), f.listingTitle(),
                        f.status(), f.requesterInstitutionId(), f.requesterCountry(), f.providerInstitutionId(),
                        f.providerCountry(), String.join(";", f.diseaseAreas()), f.technologyType(), f.transferMode(),
                        f.readinessScore(), f.professionalsToTrain(), f.professionalsTrained(), f.declineReason(),
                        f.createdAt(), f.acceptedAt(), f.approvedAt(), f.completedAt(), f.deadlineAt(), f.overdue()))
                .map(csv -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"transferhub-transfers.csv\"")
                        .body(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8)));
    }
}
