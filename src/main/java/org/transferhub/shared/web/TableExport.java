package org.transferhub.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A table (header and rows) downloaded as CSV (UTF-8 with BOM, for Excel) or XLSX. */
public final class TableExport {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableExport() {}

    /** Rejects an unknown format with a field error before any work is done. */
    public static void checkFormat(String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new InvalidRequest("format", "must be csv or xlsx");
        }
    }

    public static ResponseEntity<byte[]> render(String format, String baseName, List<String> header,
            List<List<Object>> rows) {
        checkFormat(format);
        byte[] body;
        MediaType type;
        if ("xlsx".equals(format)) {
            body = xlsx(baseName, header, rows);
            type = XLSX;
        } else {
            Csv csv = new Csv(header);
            rows.forEach(row -> csv.row(row.toArray()));
            body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
            type = new MediaType("text", "csv", StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + baseName + "." + format + "\"")
                .body(body);
    }

    /** Numbers and booleans stay typed; everything else is a string cell (never a formula). */
    private static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "TransferHub", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    switch (value) {
                        case null -> { }
                        case Number n -> sheet.value(r + 1, c, n);
                        case Boolean b -> sheet.value(r + 1, c, b);
                        default -> sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
