package org.ospo.summit.invitation.service;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: quoted fields (with commas, doubled quotes and line breaks), CRLF or LF, a leading BOM. */
final class CsvRows {
    private CsvRows() {}

    /** Records with the line number each starts on; blank lines are dropped. */
    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int startLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(rows, fields, startLine);
                fields = new ArrayList<>();
                line++;
                startLine = line;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        add(rows, fields, startLine);
        return rows;
    }

    private static void add(List<Row> rows, List<String> fields, int line) {
        if (fields.size() == 1 && fields.get(0).isBlank()) {
            return;
        }
        rows.add(new Row(line, fields.stream().map(String::trim).toList()));
    }

    record Row(int line, List<String> fields) {}
}
