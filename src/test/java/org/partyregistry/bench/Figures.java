package org.partyregistry.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run, written as a markdown table and a CSV file under {@code target/bench/}: per
 * report the HTTP call through the application beside the same SQL run bare over JDBC (p50, p95, max in ms), their
 * ratio and whether the target is met; then free-form rows (load, import, start-up) and notes.
 */
final class Figures {

    /** Report target: p95 under a second and at most 1.5 times the bare SQL (p50 against p50). */
    static final double TARGET_P95_MS = 1000;
    static final double TARGET_RATIO = 1.5;

    /** p50, p95 and max of a series of durations, in milliseconds. */
    record Stats(double p50, double p95, double max, int runs) {

        static Stats of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Stats(ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(sorted[sorted.length - 1]),
                    sorted.length);
        }

        private static long percentile(long[] sorted, int p) {
            return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }
    }

    private record Report(String name, String call, Stats http, Stats bare, String note) {

        double ratio() {
            return bare == null || bare.p50() <= 0 ? Double.NaN : http.p50() / bare.p50();
        }

        /** The application's own cost in ms (HTTP p50 minus bare p50): what the ratio means when SQL is quick. */
        double cost() {
            return bare == null || http == null ? Double.NaN : http.p50() - bare.p50();
        }

        String verdict() {
            if (http == null) {
                return "skipped";
            }
            boolean fast = http.p95() < TARGET_P95_MS;
            boolean close = bare == null || ratio() <= TARGET_RATIO;
            return fast && close ? "met" : "MISSED" + (fast ? "" : " (p95)") + (close ? "" : " (ratio)");
        }
    }

    private record Other(String name, String figure, String target, String verdict) {
    }

    private final String title;
    private final List<String> context = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();
    private final List<Other> others = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Figures(String title) {
        this.title = title;
    }

    void context(String line) {
        context.add(line);
    }

    void report(String name, String call, Stats http, Stats bare, String note) {
        reports.add(new Report(name, call, http, bare, note == null ? "" : note));
    }

    void skipped(String name, String call, String why) {
        reports.add(new Report(name, call, null, null, why));
    }

    void other(String name, String figure, String target, boolean met) {
        others.add(new Other(name, figure, target, met ? "met" : "MISSED"));
    }

    void note(String line) {
        notes.add(line);
    }

    /** Writes {@code <name>.md} and {@code <name>.csv} into {@code folder} and returns the markdown. */
    String write(Path folder, String name) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        context.forEach(line -> md.append("- ").append(line).append('\n'));
        StringBuilder csv = new StringBuilder(
                "report,call,http_p50_ms,http_p95_ms,http_max_ms,runs,sql_p50_ms,sql_p95_ms,sql_max_ms,ratio_p50,"
                        + "app_cost_ms,verdict,note\n");
        if (!reports.isEmpty()) {
            md.append("\n| report | HTTP p50 | p95 | max | bare SQL p50 | p95 | max | ratio | app cost | target "
                    + "| note |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
            for (Report r : reports) {
                md.append("| ").append(r.name()).append(" | ").append(cells(r.http())).append(" | ")
                        .append(cells(r.bare())).append(" | ").append(format(r.ratio())).append(" | ")
                        .append(format(r.cost())).append(" | ").append(r.verdict()).append(" | ").append(r.note())
                        .append(" |\n");
                csv.append(csvCell(r.name())).append(',').append(csvCell(r.call())).append(',')
                        .append(csvStats(r.http())).append(',').append(r.http() == null ? "" : r.http().runs())
                        .append(',').append(csvStats(r.bare())).append(',').append(format(r.ratio())).append(',')
                        .append(format(r.cost())).append(',').append(r.verdict()).append(',')
                        .append(csvCell(r.note())).append('\n');
            }
        }
        if (!others.isEmpty()) {
            md.append("\n| measure | figure | target | verdict |\n|---|---|---|---|\n");
            for (Other o : others) {
                md.append("| ").append(o.name()).append(" | ").append(o.figure()).append(" | ").append(o.target())
                        .append(" | ").append(o.verdict()).append(" |\n");
                csv.append(csvCell(o.name())).append(",,,,,,,,,,,").append(o.verdict()).append(',')
                        .append(csvCell(o.figure() + " (target " + o.target() + ")")).append('\n');
            }
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + ".md"), md, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name + ".csv"), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return md.toString();
    }

    private static String cells(Stats stats) {
        return stats == null ? " | | " : format(stats.p50()) + " | " + format(stats.p95()) + " | "
                + format(stats.max());
    }

    private static String csvStats(Stats stats) {
        return stats == null ? ",," : format(stats.p50()) + "," + format(stats.p95()) + "," + format(stats.max());
    }

    static String format(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.1f", value);
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
