package org.partyregistry.activity.control;

import static org.partyregistry.platform.ReportSheet.Kind.COUNT;
import static org.partyregistry.platform.ReportSheet.Kind.PERCENT;
import static org.partyregistry.platform.ReportSheet.Kind.TEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.platform.Messages;
import org.partyregistry.platform.ReportBook;
import org.partyregistry.platform.ReportSheet;
import org.partyregistry.platform.ReportSheet.Column;
import org.partyregistry.platform.ReportSheet.Group;

/**
 * Rule ACT19: the compliance table as a workbook in the layout of the JSON: a title row, the organization and
 * period, a two-row header (each activity type over required / valid / missing, then the row's totals and rate), a
 * row per organization indented by its depth, and the total row. Numbers are numbers, the rate a percentage.
 */
public final class MatrixWorkbook {

    private static final String[] FIGURES = {"compliance.required", "compliance.valid", "compliance.missing"};
    private static final int FIRST = 2;

    private MatrixWorkbook() {
    }

    public static byte[] write(ComplianceMatrix matrix, Messages messages) {
        List<Column> columns = new ArrayList<>(List.of(TEXT.of("", 36), TEXT.of("", 12)));
        List<Group> groups = new ArrayList<>(List.of(new Group(messages.get("matrix.organization"), 1),
                new Group(messages.get("matrix.organizationType"), 1)));
        for (ActivityType type : matrix.types()) {
            figureColumns(columns, messages);
            groups.add(new Group(messages.get("ActivityType." + type.name()), FIGURES.length));
        }
        figureColumns(columns, messages);
        groups.add(new Group(messages.get("matrix.allTypes"), FIGURES.length));
        columns.add(PERCENT.of("", 9));
        groups.add(new Group(messages.get("matrix.rate"), 1));
        try (ReportBook book = ReportBook.of(messages)) {
            ReportSheet sheet = book.sheet(messages.get("matrix.sheet"), columns.toArray(Column[]::new));
            sheet.title(messages.get("matrix.title"))
                    .info(messages.format("matrix.workbookInfo",
                            matrix.organizationName() == null ? "-" : matrix.organizationName(),
                            matrix.from().toString(), matrix.to().toString(),
                            matrix.periodFrom() == null ? "-" : matrix.periodFrom().toString(),
                            matrix.periodTo() == null ? "-" : matrix.periodTo().toString()))
                    .groups(groups)
                    .freezeColumns(FIRST)
                    .header();
            for (ComplianceMatrix.Row row : matrix.rows()) {
                sheet.row(line("  ".repeat(Math.max(0, row.depth())) + row.organizationName(),
                        messages.get("OrganizationType." + row.type().name()), matrix, row.cells(), row.required(),
                        row.valid(), row.missing(), row.rate()));
            }
            ComplianceMatrix.Total total = matrix.total();
            sheet.total(line(messages.format("matrix.totalRow", total.organizations(), total.behind()), "", matrix,
                    total.cells(), total.required(), total.valid(), total.missing(), total.rate()));
            return book.bytes();
        }
    }

    private static void figureColumns(List<Column> columns, Messages messages) {
        for (String figure : FIGURES) {
            columns.add(COUNT.of(figure, 9));
        }
    }

    /** The organization, its type, required / valid / missing per type, the row's totals and rate ("-" if none). */
    private static Object[] line(String organization, String type, ComplianceMatrix matrix,
                                 Map<String, ComplianceMatrix.Cell> cells, long required, long valid, long missing,
                                 BigDecimal rate) {
        List<Object> values = new ArrayList<>(List.of(organization, type));
        for (ActivityType t : matrix.types()) {
            ComplianceMatrix.Cell c = cells.get(t.name());
            values.add(c == null ? 0 : c.required());
            values.add(c == null ? 0 : c.valid());
            values.add(c == null ? 0 : c.missing());
        }
        values.add(required);
        values.add(valid);
        values.add(missing);
        values.add(rate == null ? "-" : rate);
        return values.toArray();
    }
}
