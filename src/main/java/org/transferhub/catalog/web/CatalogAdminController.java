package org.transferhub.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.transferhub.account.CurrentUsers;
import org.transferhub.catalog.ListingFilter;
import org.transferhub.catalog.ProviderAccess;
import org.transferhub.catalog.content.DiseaseArea;
import org.transferhub.catalog.content.TechnologyType;
import org.transferhub.catalog.content.TransferMode;
import org.transferhub.catalog.export.ListingExporter;
import org.transferhub.catalog.importing.ImportReport;
import org.transferhub.catalog.importing.ListingImporter;
import org.transferhub.shared.web.InvalidRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Bulk import (a stable contract: other tools script against it) and export of the catalog. The
 * {@code /api/admin} paths are the scripted contract (the platform lets only ADMIN in there); the same
 * endpoints under {@code /api/staff} serve Center staff and the staff UI.
 */
@RestController
@Tag(name = "Catalog import and export (staff)")
class CatalogAdminController {

    static final String NDJSON = "application/x-ndjson";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ListingImporter importer;
    private final ListingExporter exporter;
    private final ProviderAccess access;
    private final CurrentUsers users;

    CatalogAdminController(ListingImporter importer, ListingExporter exporter, ProviderAccess access, CurrentUsers users) {
        this.importer = importer;
        this.exporter = exporter;
        this.access = access;
        this.users = users;
    }

    @PostMapping(path = {"/api/admin/listings/import", "/api/staff/listings/import"}, consumes = {NDJSON, "text/csv"})
    @Operation(summary = "Upsert listings by reference from NDJSON (one object per line) or CSV with a header row; "
            + "answers {created, updated, failed, errors[{line, reference, message}]} once all are searchable")
    Mono<ImportReport> importListings(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        ListingImporter.Format format = type != null && type.isCompatibleWith(MediaType.parseMediaType("text/csv"))
                ? ListingImporter.Format.CSV : ListingImporter.Format.NDJSON;
        // The body is read as a stream of buffers, not through a codec: no size limit applies to the
        // whole file, only the per-line limit inside the importer.
        return users.required().flatMap(access::requireStaff)
                .flatMap(staff -> importer.importListings(request.getBody(), format, staff));
    }

    @GetMapping({"/api/admin/listings/export", "/api/staff/listings/export"})
    @Operation(summary = "Published listings as CSV or XLSX, with the catalog's filters, streamed")
    Mono<ResponseEntity<Flux<DataBuffer>>> export(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) DiseaseArea diseaseArea,
            @RequestParam(required = false) TechnologyType type,
            @RequestParam(required = false) Integer trlMin,
            @RequestParam(required = false) Integer trlMax,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) TransferMode mode,
            @RequestParam(required = false) String language) {
        ListingFilter filter = ListingController.filter(diseaseArea, type, trlMin, trlMax, country, mode, language);
        boolean xlsx = switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw new InvalidRequest("format", "must be csv or xlsx");
        };
        return users.required().flatMap(access::requireStaff).map(staff -> ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(XLSX) : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(xlsx ? "transferhub-catalog.xlsx" : "transferhub-catalog.csv").build().toString())
                .body(xlsx ? exporter.xlsx(filter) : exporter.csv(filter)));
    }
}
