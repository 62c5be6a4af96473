package org.transferhub.catalog.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV over a stream of lines: quoted fields may hold commas, doubled quotes and line breaks
 * (a record then spans several lines, bounded by {@link #MAX_LINES_PER_RECORD}). The first record is
 * the header; list columns separate their items with ';'.
 */
final class CsvRecords {

    static final int MAX_LINES_PER_RECORD = 200;

    private List<String> header;
    private final StringBuilder pending = new StringBuilder();
    private int pendingStart;
    private int pendingLines;

    /** A complete CSV record and the line it started on; {@code error} when it could not be read. */
    record CsvRecord(int line, Map<String, String> values, String error) {}

    /** Feeds one line; returns a record when one is complete, null while a quoted field continues. */
    CsvRecord accept(RawLine line) {
        if (line.tooLong()) {
            pending.setLength(0);
            pendingLines = 0;
            return new CsvRecord(line.number(), null, "the line is longer than the limit");
        }
        if (pendingLines == 0) {
            pendingStart = line.number();
        } else {
            pending.append('\n');
        }
        pending.append(line.text());
        pendingLines++;
        List<String> fields = parse(pending);
        if (fields == null) {
            if (pendingLines >= MAX_LINES_PER_RECORD) {
                pending.setLength(0);
                pendingLines = 0;
                return new CsvRecord(pendingStart, null, "unterminated quoted field");
            }
            return null;
        }
        pending.setLength(0);
        pendingLines = 0;
        if (header == null) {
            header = fields.stream().map(String::trim).toList();
            return null;
        }
        if (fields.size() != header.size()) {
            return new CsvRecord(pendingStart, null,
                    "has " + fields.size() + " columns, the header has " + header.size());
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), fields.get(i));
        }
        return new CsvRecord(pendingStart, values, null);
    }

    /** The fields of a record, or null when a quoted field is still open. */
    static List<String> parse(CharSequence text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    /** A CSV row as an import line; throws IllegalArgumentException with a message for the client. */
    static ImportLine toImportLine(Map<String, String> v) {
        Integer trl = null;
        String trlText = blankToNull(v.get("trl"));
        if (trlText != null) {
            try {
                trl = Integer.valueOf(trlText.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("trl: must be a whole number from 1 to 9");
            }
        }
        return new ImportLine(blankToNull(v.get("reference")), blankToNull(v.get("language")), blankToNull(v.get("title")),
                blankToNull(v.get("summary")), blankToNull(v.get("description")), list(v.get("diseaseAreas")),
                blankToNull(v.get("technologyType")), trl, list(v.get("transferModes")), list(v.get("keywords")),
                blankToNull(v.get("providerName")), blankToNull(v.get("providerCountry")),
                list(v.get("targetCountries")), list(v.get("trainingLanguages")), null, null);
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
