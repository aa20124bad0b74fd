package org.partyregistry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What a figure was measured on: the machine, its load, the date, the database server (scale.md: "Measuring"). */
final class Machine {

    private Machine() {
    }

    static void describe(Figures figures, BenchDatabase database) {
        figures.context("date: " + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16) + " UTC");
        figures.context("machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + memoryGib() + " GiB memory; Java " + System.getProperty("java.version"));
        figures.context("PostgreSQL: " + server(database));
        figures.context(load("load average before"));
    }

    /**
     * CPU time (user and system, all threads) a process has used so far, in ms, from {@code /proc/<pid>/stat}; 0
     * where that cannot be read. The difference over a load test, per request, does not depend on what else shares
     * the machine the way a throughput does.
     */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
            // fields from the state on: utime and stime are the 14th and 15th of the whole line
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** USER_HZ: the kernel's clock ticks per second in {@code /proc} (100 on Linux on every common platform). */
    private static final long CLOCK_TICKS = 100;

    /**
     * CPU time so far of the PostgreSQL server processes connected to the benchmark's database (the node's pool;
     * this connection's own excluded), in ms; 0 where {@code /proc} cannot be read (another machine, another user).
     */
    static long databaseCpuMillis(java.sql.Connection connection) {
        long sum = 0;
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rows.next()) {
                sum += cpuMillis(rows.getLong(1));
            }
        } catch (java.sql.SQLException e) {
            return 0;
        }
        return sum;
    }

    static void loadAfter(Figures figures) {
        figures.context(load("load average after"));
    }

    /** The 1-, 5- and 15-minute load averages, labelled as a loaded machine when above the core count. */
    static String load(String label) {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            double five = Double.parseDouble(parts[1]);
            int cores = Runtime.getRuntime().availableProcessors();
            return label + ": " + parts[0] + " " + parts[1] + " " + parts[2]
                    + (five > cores ? " (LOADED: other work on the machine shares its " + cores + " cores; figures "
                    + "are pessimistic)" : "");
        } catch (IOException | RuntimeException e) {
            return label + ": unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static long memoryGib() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String server(BenchDatabase database) {
        try (Connection connection = DriverManager.getConnection(database.url, database.user, database.password);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT split_part(version(), ' on ', 1), "
                     + "current_setting('shared_buffers'), current_setting('work_mem')")) {
            result.next();
            return result.getString(1) + ", shared_buffers " + result.getString(2) + ", work_mem "
                    + result.getString(3) + ", at " + database.url;
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
