package org.partyregistry.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Builds roster workbooks as a secretary would fill in the template (ID numbers from {@link IdNumbers}). */
public final class Workbooks {

    public static final String[] HEADERS = {"姓名", "身份证号码", "民族", "学历", "联系电话", "递交入党申请日期",
        "确定为入党积极分子日期", "列为发展对象日期", "接收为预备党员日期", "转为正式党员日期"};

    public static final String GROUP_HEADER = "所在党小组";

    private Workbooks() {
    }

    /** One member per row: name, ID number, probationaryOn, fullOn. */
    public record Member(String name, String idNumber, LocalDate probationaryOn, LocalDate fullOn) {
    }

    /** Without the optional party group column, as the template was before it had one. */
    public static byte[] roster(String sheetName, List<Member> members) {
        return roster(sheetName, members, null);
    }

    /** With the optional party group column ({@link #GROUP_HEADER}): {@code groups} the name per row, null for none. */
    public static byte[] roster(String sheetName, List<Member> members, List<String> groups) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(sheetName);
            sheet.createRow(0).createCell(0).setCellValue("测试党员名册");
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            if (groups != null) {
                header.createCell(HEADERS.length).setCellValue(GROUP_HEADER);
            }
            int r = 2;
            for (Member m : members) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(m.name());
                row.createCell(1).setCellValue(m.idNumber());
                row.createCell(2).setCellValue("汉族");
                if (m.probationaryOn() != null) {
                    row.createCell(8).setCellValue(m.probationaryOn().toString());
                }
                if (m.fullOn() != null) {
                    row.createCell(9).setCellValue(m.fullOn().toString());
                }
                String group = groups == null ? null : groups.get(r - 3);
                if (group != null) {
                    row.createCell(HEADERS.length).setCellValue(group);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
