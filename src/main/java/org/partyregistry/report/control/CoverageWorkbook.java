package org.partyregistry.report.control;

import static org.partyregistry.platform.ReportSheet.Column.count;
import static org.partyregistry.platform.ReportSheet.Column.percent;
import static org.partyregistry.platform.ReportSheet.Column.text;

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
                    text("coverage.park", 26), count("coverage.enterprises", 16), count("coverage.own", 16),
                    count("coverage.joint", 16), count("coverage.workCoverage", 16), count("coverage.none", 16),
                    percent("coverage.organizationCoverageRate", 16), percent("coverage.ownOrganizationRate", 16),
                    percent("coverage.workCoverageRate", 16));
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
