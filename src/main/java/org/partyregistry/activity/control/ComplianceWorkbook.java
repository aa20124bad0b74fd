package org.partyregistry.activity.control;

import static org.partyregistry.platform.ReportSheet.Kind.COUNT;
import static org.partyregistry.platform.ReportSheet.Kind.TEXT;

import org.partyregistry.platform.Messages;
import org.partyregistry.platform.ReportBook;
import org.partyregistry.platform.ReportSheet;

/**
 * The compliance report as an Excel workbook in the layout of the coverage workbook: a title row, the organization
 * and period, a header, a row per activity type with numbers as numbers, and a total row of what is missing; then
 * the groups' own table when the organization has party groups.
 */
public final class ComplianceWorkbook {

    private ComplianceWorkbook() {
    }

    public static byte[] write(ComplianceReport report, Messages messages) {
        try (ReportBook book = ReportBook.of(messages)) {
            ReportSheet sheet = book.sheet(messages.get("compliance.sheet"),
                    TEXT.of("compliance.type", 24), TEXT.of("compliance.frequency", 14),
                    COUNT.of("compliance.required", 14), COUNT.of("compliance.held", 14),
                    COUNT.of("compliance.valid", 14), COUNT.of("compliance.missing", 14));
            sheet.title(messages.get("compliance.title"))
                    .info(messages.format("compliance.workbookInfo", report.organizationName(),
                            report.from().toString(), report.to().toString()))
                    .freezeColumns(1)
                    .header();
            long required = 0;
            long held = 0;
            long valid = 0;
            for (ComplianceReport.Row row : report.rows()) {
                sheet.row(messages.get("ActivityType." + row.type().name()),
                        messages.get("Frequency." + row.frequency().name()), row.required(), row.held(), row.valid(),
                        row.missing());
                required += row.required();
                held += row.held();
                valid += row.valid();
            }
            sheet.total(messages.get("compliance.total"), "", required, held, valid, report.totalMissing());
            if (report.groups() != null && !report.groups().isEmpty()) {
                sheet.gap().caption(messages.get("compliance.groups"))
                        .subHeader("compliance.group", "compliance.frequency", "compliance.required",
                                "compliance.held", "compliance.valid", "compliance.missing");
                for (ComplianceReport.GroupRow group : report.groups()) {
                    sheet.row(group.organizationName(), messages.get("Frequency." + group.frequency().name()),
                            group.required(), group.held(), group.valid(), group.missing());
                }
            }
            return book.bytes();
        }
    }
}
