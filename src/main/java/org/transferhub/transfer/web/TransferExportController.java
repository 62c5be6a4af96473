package org.transferhub.transfer.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.shared.web.Forbidden;
import org.transferhub.shared.web.TableExport;
import org.transferhub.transfer.TransferFact;
import org.transferhub.transfer.TransferRecords;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Staff export of every transfer, one row each, as CSV or XLSX. */
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
        TableExport.checkFormat(format);
        return users.required()
                .flatMapMany(user -> user.isStaff() ? records.facts()
                        : Flux.error(new Forbidden("Only Center staff export transfers")))
                .sort(Comparator.comparing(TransferFact::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(TransferExportController::row)
                .collectList()
                .publishOn(Schedulers.boundedElastic())
                .map(rows -> TableExport.render(format, "transferhub-transfers", HEADER, rows));
    }

    private static List<Object> row(TransferFact f) {
        return new ArrayList<>(Arrays.asList(f.id(), f.reference(), f.listingId(), f.listingTitle(), f.status(),
                f.requesterInstitutionId(), f.requesterCountry(), f.providerInstitutionId(), f.providerCountry(),
                String.join(";", f.diseaseAreas()), f.technologyType(), f.transferMode(), f.readinessScore(),
                f.professionalsToTrain(), f.professionalsTrained(), f.declineReason(), f.createdAt(), f.acceptedAt(),
                f.approvedAt(), f.completedAt(), f.deadlineAt(), f.overdue()));
    }
}
