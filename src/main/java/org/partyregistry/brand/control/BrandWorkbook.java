package org.partyregistry.brand.control;

import static org.partyregistry.platform.ReportSheet.Kind.COUNT;
import static org.partyregistry.platform.ReportSheet.Kind.TEXT;

import org.partyregistry.platform.Messages;
import org.partyregistry.platform.ReportBook;
import org.partyregistry.platform.ReportSheet;

/**
 * A brand's record (rule B6) as a workbook in the tidy layout people hand upward: on the first sheet a title row,
 * the period and units, one row per month and a total row; on the second the organizations reached with a total;
 * on the third the enterprises reached.
 */
public final class BrandWorkbook {

    private static final int FIRST = 36;
    private static final int OTHER = 18;

    private BrandWorkbook() {
    }

    public static byte[] write(BrandReport report, Messages messages) {
        try (ReportBook book = ReportBook.of(messages)) {
            String info = messages.format("brand_report.workbookInfo", report.from().toString(),
                    report.to().toString(), report.organizationName());

            ReportSheet months = book.sheet(messages.get("brand_report.sheetMonths"),
                    TEXT.of("brand_report.month", FIRST), COUNT.of("brand_report.activities", OTHER),
                    COUNT.of("brand_report.present", OTHER));
            months.title(messages.format("brand_report.workbookTitle", report.brand())).info(info).header();
            for (BrandReport.Month month : report.months()) {
                months.row(month.month(), month.activities(), month.present());
            }
            months.total(messages.get("brand_report.total"), report.activities(), report.present());
            months.row(messages.get("brand_report.membersPresent"), null, report.membersPresent());

            ReportSheet organizations = book.sheet(messages.get("brand_report.sheetOrganizations"),
                    TEXT.of("brand_report.organization", FIRST), COUNT.of("brand_report.activities", OTHER),
                    COUNT.of("brand_report.present", OTHER));
            organizations.title(messages.format("brand_report.organizationsTitle", report.brand())).info(info)
                    .header();
            for (BrandReport.OrganizationReached o : report.organizations()) {
                organizations.row(o.organizationId() == null ? messages.get("brand_report.otherOrganizations")
                        : o.name(), o.activities(), o.present());
            }
            organizations.total(messages.format("brand_report.totalOrganizations", report.organizationsReached()),
                    report.activities(), report.present());

            ReportSheet enterprises = book.sheet(messages.get("brand_report.sheetEnterprises"),
                    TEXT.of("brand_report.enterprise", FIRST), TEXT.of("brand_report.park", OTHER));
            enterprises.title(messages.format("brand_report.enterprisesTitle", report.brand())).info(info).header();
            for (BrandReport.EnterpriseReached e : report.enterprises()) {
                enterprises.row(e.name(), e.park());
            }
            enterprises.total(messages.format("brand_report.totalEnterprises", report.enterprises().size()), "");
            return book.bytes();
        }
    }
}
