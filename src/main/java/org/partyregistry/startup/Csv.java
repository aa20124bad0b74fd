package org.partyregistry.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the seed CSV files: UTF-8, a header row, comma-separated, fields optionally in double quotes (a doubled
 * quote inside is a quote), lines starting with '#' ignored.
 */
final class Csv {

    private Csv() {
    }

    static List<Map<String, String>> read(String resource) {
        InputStream in = Csv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Seed file missing: " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> parse(List<String> lines) {
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines) {
            String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            List<String> fields = split(text);
            if (header == null) {
                header = fields;
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String value = i < fields.size() ? fields.get(i).strip() : "";
                row.put(header.get(i), value.isEmpty() ? null : value);
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
        fields.add(field.toString());
        return fields;
    }
}
