package org.transferhub.catalog.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.stereotype.Component;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.Actor;
import org.transferhub.catalog.CatalogProperties;
import org.transferhub.catalog.ImportedListing;
import org.transferhub.catalog.ListingChangeNotifier;
import org.transferhub.catalog.ListingUpserts;
import org.transferhub.catalog.Provider;
import org.transferhub.catalog.content.ContentValidator;
import org.transferhub.catalog.importing.ImportLines.Checked;
import org.transferhub.institution.InstitutionDirectory;
import org.transferhub.institution.InstitutionSummary;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of listings (NDJSON or CSV), streamed: the body is cut into lines as it arrives, lines
 * are checked one by one, and valid ones are upserted in bounded batches (one bulk write each), so
 * memory stays flat for any file size. Listeners are told about each batch, and awaited, before the
 * next one starts: when the answer returns, every imported listing is searchable.
 */
@Component
public class ListingImporter {

    public enum Format { NDJSON, CSV }

    private final ImportLines lines;
    private final ListingUpserts upserts;
    private final InstitutionDirectory institutions;
    private final ListingChangeNotifier notifier;
    private final CatalogProperties properties;

    ListingImporter(JsonMapper mapper, ContentValidator validator, ListingUpserts upserts,
            InstitutionDirectory institutions, ListingChangeNotifier notifier, CatalogProperties properties) {
        this.lines = new ImportLines(mapper, validator);
        this.upserts = upserts;
        this.institutions = institutions;
        this.notifier = notifier;
        this.properties = properties;
    }

    public Mono<ImportReport> importListings(Flux<DataBuffer> body, Format format, CurrentUser staff) {
        return Mono.defer(() -> {
            Tally tally = new Tally(properties.importMaxReportedErrors());
            Map<String, Mono<InstitutionSummary>> institutionCache = new ConcurrentHashMap<>();
            Actor importer = Actor.of(staff);
            Flux<RawLine> raw = LineSplitter.lines(body, (int) properties.importMaxLineLength().toBytes());
            return checked(raw, format)
                    .buffer(properties.importBatchSize())
                    .concatMap(batch -> store(batch, tally, institutionCache, staff, importer), 0)
                    .then(Mono.fromSupplier(tally::report));
        });
    }

    private Flux<Checked> checked(Flux<RawLine> raw, Format format) {
        if (format == Format.NDJSON) {
            return raw.filter(line -> line.tooLong() || !line.text().isBlank()).map(lines::json);
        }
        return Flux.defer(() -> {
            CsvRecords csv = new CsvRecords();
            return raw.filter(line -> line.tooLong() || !line.text().isBlank())
                    .handle((line, sink) -> {
                        CsvRecords.CsvRecord record = csv.accept(line);
                        if (record == null) {
                            return;
                        }
                        if (record.error() != null) {
                            sink.next(Checked.failed(record.line(), null, record.error()));
                            return;
                        }
                        try {
                            sink.next(lines.check(record.line(), CsvRecords.toImportLine(record.values())));
                        } catch (IllegalArgumentException e) {
                            sink.next(Checked.failed(record.line(), record.values().get("reference"), e.getMessage()));
                        }
                    });
        });
    }

    private Mono<Void> store(List<Checked> batch, Tally tally, Map<String, Mono<InstitutionSummary>> cache,
            CurrentUser staff, Actor importer) {
        return Flux.fromIterable(batch)
                .concatMap(item -> {
                    if (item.error() != null) {
                        tally.fail(item.number(), item.reference(), item.error());
                        return Mono.empty();
                    }
                    String name = item.line().providerName().trim();
                    return cache.computeIfAbsent(name.toLowerCase(Locale.ROOT) + "|" + item.country(),
                                    key -> institutions.findOrCreateVerified(name, item.country(), staff.userId()).cache())
                            .map(inst -> new ImportedListing(item.number(), item.reference(), item.content(),
                                    new Provider(inst.id(), inst.name(), inst.nameLatin(), inst.country())))
                            .switchIfEmpty(Mono.fromRunnable(() ->
                                    tally.fail(item.number(), item.reference(), "providerName: the institution could not be found or created")))
                            .onErrorResume(e -> {
                                tally.fail(item.number(), item.reference(), "providerName: the institution could not be found or created");
                                return Mono.empty();
                            });
                }, 0)
                .collectList()
                .flatMap(valid -> upserts.upsert(valid, importer).flatMap(outcome -> {
                    tally.stored(outcome.created(), outcome.updated());
                    valid.stream().filter(v -> outcome.failedLines().containsKey(v.line()))
                            .forEach(v -> tally.fail(v.line(), v.reference(), outcome.failedLines().get(v.line())));
                    return notifier.changed(outcome.listingIds());
                }));
    }

    /** Running counts of one import; keeps only the first errors but counts every one. */
    private static final class Tally {
        private final int maxErrors;
        private long created;
        private long updated;
        private long failed;
        private final List<ImportReport.LineError> errors = new ArrayList<>();

        Tally(int maxErrors) {
            this.maxErrors = maxErrors;
        }

        synchronized void fail(int line, String reference, String message) {
            failed++;
            if (errors.size() < maxErrors) {
                errors.add(new ImportReport.LineError(line, reference, message));
            }
        }

        synchronized void stored(long newOnes, long changed) {
            created += newOnes;
            updated += changed;
        }

        synchronized ImportReport report() {
            errors.sort(java.util.Comparator.comparingInt(ImportReport.LineError::line));
            return new ImportReport(created, updated, failed, List.copyOf(errors));
        }
    }
}
