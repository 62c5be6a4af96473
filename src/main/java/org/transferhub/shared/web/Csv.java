package org.transferhub.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small RFC 4180 writer. Cells that a spreadsheet would run as a formula (starting with = + - @
 * or a tab) get a leading apostrophe: exported text comes from users (CSV injection).
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv(List<String> header) {
        line(header.stream().map(h -> (Object) h).toList());
    }

    public Csv row(Object... cells) {
        line(Arrays.asList(cells));
        return this;
    }

    private void line(List<Object> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
