package org.partyregistry.report.control;

import java.time.LocalDate;
import java.util.List;
import org.partyregistry.enterprise.control.CoverageBase;

/** The coverage report as of a date, over a base: per park, and the zone's total (rule R1). */
public record CoverageReport(LocalDate asOf, CoverageBase base, List<CoverageCounts> parks, CoverageCounts total) {
}
