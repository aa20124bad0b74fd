package org.partyregistry.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Builds roster workbooks as a secretary would fill in the template, and fictional ID numbers: a random area code
 * starting with 9 (no real one does) per test run, so runs against a kept database never collide.
 */
final class Workbooks {

    static final String[] HEADERS = {"姓名", "身份证号码", "民族", "学历", "联系电话", "递交入党申请日期",
        "确定为入党积极分子日期", "列为发展对象日期", "接收为预备党员日期", "转为正式党员日期"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final String AREA = "9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Workbooks() {
    }

    /** A new valid ID number with this birth date, never handed out before in this run. */
    static String idNumber(LocalDate birth, boolean male) {
        int n = SEQUENCE.getAndIncrement();
        LocalDate date = birth.plusDays(n / 500);
        String first17 = AREA + date.toString().replace("-", "") + String.format("%03d", (n % 500) * 2
                + (male ? 1 : 0));
        return first17 + check(first17);
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The same number with a wrong check character. */
    static String withWrongCheck(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '1' ? '2' : '1');
    }

    /** One member per row: name, ID number, probationaryOn, fullOn. */
    record Member(String name, String idNumber, LocalDate probationaryOn, LocalDate fullOn) {
    }

    static byte[] roster(String sheetName, List<Member> members) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(sheetName);
            sheet.createRow(0).createCell(0).setCellValue("测试党员名册");
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
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
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
