package org.partyregistry.platform;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The pieces every Excel export is built from: the title and column-header styles, a thin-bordered style for the
 * others to start from, a text cell and a count cell.
 */
public final class Cells {

    private Cells() {
    }

    /** A new style with a thin border on all four sides, for the other styles of a workbook to start from. */
    public static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A bold font, for the column headers and the totals row. */
    public static Font bold(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        return bold;
    }

    /** The title row's style: bold, 14 points, centred. */
    public static CellStyle title(Workbook workbook) {
        Font font = bold(workbook);
        font.setFontHeightInPoints((short) 14);
        CellStyle title = workbook.createCellStyle();
        title.setFont(font);
        title.setAlignment(HorizontalAlignment.CENTER);
        return title;
    }

    /** The column headers' style: bordered, in {@code bold}, centred. */
    public static CellStyle header(Workbook workbook, Font bold) {
        CellStyle header = bordered(workbook);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        return header;
    }

    /** A text cell ({@code null} is written as empty text), with {@code style} unless it is null. */
    public static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A whole-number cell, with {@code style} unless it is null. */
    public static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
