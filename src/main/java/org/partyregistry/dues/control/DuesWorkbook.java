package org.partyregistry.dues.control;

import static org.partyregistry.platform.ReportSheet.Kind.COUNT;
import static org.partyregistry.platform.ReportSheet.Kind.MONEY;
import static org.partyregistry.platform.ReportSheet.Kind.TEXT;

import org.partyregistry.platform.Messages;
import org.partyregistry.platform.ReportBook;
import org.partyregistry.platform.ReportSheet;

/**
 * The dues report and yearly statement as an Excel workbook in the tidy layout of the other reports: a title row,
 * the organization, year, as-of date and unit, a header, a row per member and a total row; amounts are numbers with
 * two decimals, so the sheet can be summed further.
 */
public final class DuesWorkbook {

    private DuesWorkbook() {
    }

    public static byte[] write(DuesStatement statement, Messages messages) {
        DuesReport report = statement.report();
        try (ReportBook book = ReportBook.of(messages)) {
            ReportSheet sheet = book.sheet(messages.get("dues_statement.sheet"),
                    TEXT.of("member.name", 20), TEXT.of("member.organization", 26),
                    COUNT.of("dues_statement.monthsOwed", 14), COUNT.of("dues_statement.monthsPaid", 14),
                    MONEY.of("dues_report.expected", 14), MONEY.of("dues_report.collected", 14),
                    MONEY.of("dues_report.outstanding", 14));
            sheet.title(messages.format("dues_statement.heading", report.organizationName(),
                            String.valueOf(report.year())))
                    .info(messages.format("dues_statement.info", report.asOf().toString(),
                            String.valueOf(report.membersInArrears())))
                    .freezeColumns(1)
                    .header();
            for (DuesStatement.Line line : statement.lines()) {
                sheet.row(line.name(), line.organizationName(), line.monthsOwed(), line.monthsPaid(),
                        line.expected(), line.collected(), line.outstanding());
            }
            sheet.total(messages.get("dues_statement.total"), "", "", "", report.expected(), report.collected(),
                    report.outstanding());
            return book.bytes();
        }
    }
}
