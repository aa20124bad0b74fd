package org.partyregistry.enterprise.control;

import static org.partyregistry.platform.ReportSheet.Kind.COUNT;
import static org.partyregistry.platform.ReportSheet.Kind.PERCENT;
import static org.partyregistry.platform.ReportSheet.Kind.TEXT;

import org.partyregistry.platform.Messages;
import org.partyregistry.platform.ReportBook;
import org.partyregistry.platform.ReportSheet;

/**
 * The coverage report as an Excel workbook in the layout people hand upward: a title row, the as-of date, base and
 * units, a header, a row per park and a total row. Counts are numbers and rates are numbers formatted as percent,
 * so the sheet can be summed and charted further.
 */
public final class CoverageWorkbook {

    private CoverageWorkbook() {
    }

    public static byte[] write(CoverageReport report, Messages messages) {
        try (ReportBook book = ReportBook.of(messages)) {
            ReportSheet sheet = book.sheet(messages.get("coverage.sheet"),
                    TEXT.of("coverage.park", 26), COUNT.of("coverage.enterprises", 16), COUNT.of("coverage.own", 16),
                    COUNT.of("coverage.joint", 16), COUNT.of("coverage.workCoverage", 16),
                    COUNT.of("coverage.none", 16), PERCENT.of("coverage.organizationCoverageRate", 16),
                    PERCENT.of("coverage.ownOrganizationRate", 16), PERCENT.of("coverage.workCoverageRate", 16));
            sheet.title(messages.get("coverage.title"))
                    .info(messages.format("coverage.workbookInfo", report.asOf().toString(),
                            messages.get("CoverageBase." + report.base().name())))
                    .freezeColumns(1)
                    .header();
            for (CoverageCounts park : report.parks()) {
                sheet.row(figures(park.park(), park));
            }
            sheet.total(figures(messages.get("coverage.total"), report.total()));
            return book.bytes();
        }
    }

    private static Object[] figures(String label, CoverageCounts c) {
        return new Object[] {label, c.enterprises(), c.own(), c.joint(), c.workCoverage(), c.none(),
            c.organizationCoverageRate(), c.ownOrganizationRate(), c.workCoverageRate()};
    }
}
