package org.partyregistry.enterprise.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.enterprise.control.CoverageQuery.ShouldFormOwn;

/**
 * The coverage report as of a date, over a base: per park, the zone's total (rule E9), and the enterprises that
 * should form an organization of their own (3 or more full members, none of their own).
 */
public record CoverageReport(LocalDate asOf, CoverageBase base, List<CoverageCounts> parks, CoverageCounts total,
                             List<ShouldFormOwn> shouldFormOwn) implements Serializable {
}
