package org.partyregistry.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.partyregistry.it.support.PayaraNode;

/**
 * A node's start-up beside a bare Payara Micro 6 deploying an empty WAR, in the same run, alternately
 * ({@code bench.startup.runs} times each): time from process start to ready (the empty WAR's page answers; our
 * readiness check answers UP on an empty, new schema without the demo) and resident memory then. Where the time
 * goes is read from the nodes' own logs: the milestones' offsets from the first log line. Figures go to
 * {@code target/bench/startup.md} and {@code .csv}; the target is at most 1.5 times the bare server's time.
 */
class StartupBenchmark {

    static final Pattern STAMP = Pattern.compile("^\\[(\\d{4}-\\d{2}-\\d{2}T[^\\]]+)\\]");
    /** Log milestones: a label and a piece of the line that marks it. */
    static final Map<String, String> MILESTONES = milestones();

    private static Map<String, String> milestones() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Payara boot done, deploying", "Deploying");
        m.put("CDI (Weld) up", "WELD-000900");
        m.put("JPA: EclipseLink logged in", "login successful");
        m.put("Flyway done", "migrations applied in");
        m.put("start-up work (lock, Flyway, admin) done", "Start-up work done");
        m.put("Faces (Mojarra) initialising", "Initializing Mojarra");
        m.put("PrimeFaces up", "Running on PrimeFaces");
        m.put("WAR deployed", "was successfully deployed");
        m.put("Payara Micro ready", "ready in");
        return m;
    }

    @Test
    void nodeBesideBarePayaraMicro() throws Exception {
        int runs = Integer.getInteger("bench.startup.runs", 2);
        BenchDatabase database = BenchDatabase.fromProperties();
        Figures figures = new Figures("Start-up: our node on an empty database beside a bare Payara Micro");
        Path folder = Files.createTempDirectory("registry-bench-startup");
        File empty = folder.resolve("empty.war").toFile();
        ShrinkWrap.create(WebArchive.class, "empty.war").addAsWebResource(new StringAsset("ok"), "index.html")
                .as(ZipExporter.class).exportTo(empty, true);
        String schema = "bench_startup";
        database.provision(schema); // the role and the database, on a machine that has never run the bench
        Machine.describe(figures, database);
        List<long[]> bare = new ArrayList<>();
        List<long[]> ours = new ArrayList<>();
        String bareTimeline = "";
        String ourTimeline = "";
        for (int run = 0; run < runs; run++) {
            try (PayaraNode node = PayaraNode.start(empty.toPath(), folder.resolve("bare-" + run), Map.of(),
                    List.of())) {
                Duration ready = node.awaitReady("/index.html", "ok", Duration.ofMinutes(5));
                bare.add(new long[] {ready.toMillis(), node.residentKib().orElse(0L)});
                bareTimeline = timeline(node.log());
            }
            database.dropSchema(schema);
            database.provision(schema);
            try (PayaraNode node = PayaraNode.start(PayaraNode.productWar(), folder.resolve("ours-" + run),
                    database.nodeSettings(schema, BenchClient.ADMIN_PASSWORD), RegistryBenchmark.nodeOptions())) {
                Duration ready = node.awaitReady("/health/ready", "\"database\"", Duration.ofMinutes(5));
                ours.add(new long[] {ready.toMillis(), node.residentKib().orElse(0L)});
                ourTimeline = timeline(node.log());
            }
            database.dropSchema(schema);
        }
        long bareMs = median(bare, 0);
        long ourMs = median(ours, 0);
        figures.other("bare Payara Micro 6, empty WAR: time to ready (median of " + runs + ")",
                seconds(bare) + "; resident " + mib(bare), "—", true);
        figures.other("our node, empty database, no demo: time to ready (median of " + runs + ")",
                seconds(ours) + "; resident " + mib(ours), "≤ 1.5 × bare", ourMs <= 1.5 * bareMs);
        figures.other("ratio", Figures.format((double) ourMs / bareMs) + " ×", "≤ 1.5 ×", ourMs <= 1.5 * bareMs);
        figures.note("bare Payara Micro, last run, offsets from its first log line: " + bareTimeline);
        figures.note("our node, last run, offsets from its first log line: " + ourTimeline);
        PayaraNode.deleteFolder(folder);
        Machine.loadAfter(figures);
        System.out.println(figures.write(Path.of("target", "bench"), "startup"));
    }

    /** The milestones found in a node's log, as offsets in seconds from its first time-stamped line. */
    static String timeline(String log) {
        OffsetDateTime first = null;
        Map<String, Double> found = new LinkedHashMap<>();
        for (String line : log.split("\n")) {
            Matcher stamp = STAMP.matcher(line);
            if (!stamp.find()) {
                continue;
            }
            OffsetDateTime at = parse(stamp.group(1)).orElse(null);
            if (at == null) {
                continue;
            }
            if (first == null) {
                first = at;
            }
            for (Map.Entry<String, String> milestone : MILESTONES.entrySet()) {
                if (!found.containsKey(milestone.getKey()) && line.contains(milestone.getValue())) {
                    found.put(milestone.getKey(), Duration.between(first, at).toMillis() / 1000.0);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        MILESTONES.keySet().stream().filter(found::containsKey).forEach(label -> text.append(text.isEmpty() ? "" : "; ")
                .append(label).append(" at ").append(Figures.format(found.get(label))).append(" s"));
        return text.isEmpty() ? "(no time-stamped lines)" : text.toString();
    }

    private static Optional<OffsetDateTime> parse(String stamp) {
        try {
            return Optional.of(OffsetDateTime.parse(stamp.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long median(List<long[]> runs, int field) {
        return runs.stream().mapToLong(r -> r[field]).sorted().skip((runs.size() - 1) / 2).findFirst().orElse(0);
    }

    private static String seconds(List<long[]> runs) {
        return Figures.format(median(runs, 0) / 1000.0) + " s (runs: " + String.join(", ", runs.stream()
                .map(r -> Figures.format(r[0] / 1000.0) + " s").toList()) + ")";
    }

    private static String mib(List<long[]> runs) {
        return String.join(", ", runs.stream().map(r -> r[1] / 1024 + " MiB").toList());
    }
}
