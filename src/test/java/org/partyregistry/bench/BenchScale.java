package org.partyregistry.bench;

import java.util.Locale;

/**
 * The sizes a benchmark runs at ({@code -Dbench.scale=small|zone|city|province}); see {@code docs/performance.md}. One
 * committee of about 300 members is added at every scale, for the roster benchmark.
 */
enum BenchScale {

    /** A fiftieth of a city: the whole bench end to end in a few minutes. */
    SMALL(4, 8_000, 1_000, 20_000),
    /** One zone: one working committee's register (the demo's real size). */
    ZONE(10, 40_000, 5_000, 100_000),
    /** A city's zones and districts: the size every change is measured on. */
    CITY(40, 400_000, 50_000, 1_000_000),
    /** A large province: ten cities, on demand. */
    PROVINCE(400, 4_000_000, 500_000, 10_000_000);

    final int parks;
    final int enterprises;
    final int organizations;
    final int members;

    BenchScale(int parks, int enterprises, int organizations, int members) {
        this.parks = parks;
        this.enterprises = enterprises;
        this.organizations = organizations;
        this.members = members;
    }

    static BenchScale of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
