package org.transferhub.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import org.transferhub.account.CurrentUser;
import org.transferhub.catalog.importing.ImportReport;
import org.transferhub.catalog.importing.ListingImporter;
import reactor.core.publisher.Mono;

/**
 * Publishes the demo listings ({@value #FILE}) through the ordinary bulk import, so that a newcomer
 * finds a catalog and a cross-lingual search with something in it. The import upserts by reference,
 * creates nothing twice and tells the search index; a bad line is logged, never fatal to start-up.
 */
@Component
class DemoListings {

    static final String FILE = "demo/listings.ndjson";

    private static final Logger log = LoggerFactory.getLogger(DemoListings.class);

    private final ListingImporter importer;

    DemoListings(ListingImporter importer) {
        this.importer = importer;
    }

    /** Imports the demo listings as {@code staff}; completes normally whatever happens to single lines. */
    Mono<Void> seed(CurrentUser staff) {
        return importer.importListings(
                        DataBufferUtils.read(new ClassPathResource(FILE), new DefaultDataBufferFactory(), 4096),
                        ListingImporter.Format.NDJSON, staff)
                .doOnNext(DemoListings::log)
                .onErrorResume(e -> {
                    // Demo listings are a convenience: the portal must start without them.
                    log.warn("The demo listings could not be imported", e);
                    return Mono.empty();
                })
                .then();
    }

    private static void log(ImportReport report) {
        log.info("Demo listings: {} created, {} updated, {} failed", report.created(), report.updated(), report.failed());
        report.errors().forEach(error ->
                log.warn("Demo listing line {} ({}) failed: {}", error.line(), error.reference(), error.message()));
    }
}
