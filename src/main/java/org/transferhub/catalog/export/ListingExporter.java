package org.transferhub.catalog.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import org.transferhub.catalog.Listing;
import org.transferhub.catalog.ListingBrowser;
import org.transferhub.catalog.ListingFilter;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Streams the published catalog (with the browsing filters) as CSV or XLSX straight from the
 * database cursor: nothing is collected, so an export of the whole catalog needs little memory.
 */
@Component
public class ListingExporter {

    private static final DataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

    private final ListingBrowser browser;

    ListingExporter(ListingBrowser browser) {
        this.browser = browser;
    }

    /** UTF-8 CSV with a BOM (so spreadsheet programs detect the encoding) and RFC 4180 quoting. */
    public Flux<DataBuffer> csv(ListingFilter filter) {
        String header = "\uFEFF" + String.join(",", ExportColumns.ALL.stream().map(ExportColumns.Column::name).toList()) + "\r\n";
        return Flux.concat(Flux.just(header), browser.all(filter).map(ListingExporter::csvRow))
                .map(text -> BUFFERS.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** XLSX written by fastexcel on a worker thread into a pipe that the response drains. */
    public Flux<DataBuffer> xlsx(ListingFilter filter) {
        return Flux.from(DataBufferUtils.outputStreamPublisher(out -> writeWorkbook(out, filter), BUFFERS,
                task -> Schedulers.boundedElastic().schedule(task)));
    }

    private void writeWorkbook(OutputStream out, ListingFilter filter) {
        try {
            Workbook workbook = new Workbook(out, "TransferHub", "1.0");
            Worksheet sheet = workbook.newWorksheet("Listings");
            for (int c = 0; c < ExportColumns.ALL.size(); c++) {
                sheet.value(0, c, ExportColumns.ALL.get(c).name());
            }
            int row = 1;
            // Blocking on the cursor is fine here: this runs on a bounded-elastic worker, not the event loop.
            for (Listing listing : browser.all(filter).toIterable(256)) {
                for (int c = 0; c < ExportColumns.ALL.size(); c++) {
                    Object value = ExportColumns.ALL.get(c).value().apply(listing);
                    if (value instanceof Number number) {
                        sheet.value(row, c, number);
                    } else {
                        sheet.value(row, c, ExportColumns.asText(value));
                    }
                }
                if (++row % 1000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvRow(Listing listing) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < ExportColumns.ALL.size(); c++) {
            if (c > 0) {
                row.append(',');
            }
            row.append(csvCell(ExportColumns.asText(ExportColumns.ALL.get(c).value().apply(listing))));
        }
        return row.append("\r\n").toString();
    }

    /** Quotes when needed; a leading = + @ or tab is defused so spreadsheets never run it as a formula. */
    static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+@\t".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
