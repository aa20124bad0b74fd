package org.partyregistry.member.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.Messages;

class CodeListTest {

    @Test
    @DisplayName("M22 GB 3304: 56 ethnic groups 01-56 in the standard's order, then 97 other and 98 foreign-born")
    void ethnicities() {
        assertThat(CodeList.ETHNICITY.codes()).hasSize(58).startsWith("01", "02").endsWith("56", "97", "98");
        assertThat(CodeList.ETHNICITY.name("01")).isEqualTo("汉族");
        assertThat(CodeList.ETHNICITY.name("11")).isEqualTo("满族");
        assertThat(CodeList.ETHNICITY.name("56")).isEqualTo("基诺族");
        assertThat(CodeList.ETHNICITY.code(" 回族 ")).contains("03");
        assertThat(CodeList.ETHNICITY.code("回")).contains("03");
        assertThat(CodeList.ETHNICITY.code("03")).contains("03");
        assertThat(CodeList.ETHNICITY.code("土家族")).contains("15");
        assertThat(CodeList.ETHNICITY.code("土族")).contains("30");
        assertThat(CodeList.ETHNICITY.code("火星族")).isEmpty();
        assertThat(CodeList.ETHNICITY.code("99")).isEmpty();
        assertThat(CodeList.ETHNICITY.code(null)).isEmpty();
    }

    @Test
    @DisplayName("M22 GB/T 4658: levels of education by code, standard name or the name people write")
    void educations() {
        assertThat(CodeList.EDUCATION.code("本科")).contains("20");
        assertThat(CodeList.EDUCATION.code("大学本科")).contains("20");
        assertThat(CodeList.EDUCATION.code("大专")).contains("30");
        assertThat(CodeList.EDUCATION.code("硕士研究生")).contains("14");
        assertThat(CodeList.EDUCATION.code("博士研究生")).contains("11");
        assertThat(CodeList.EDUCATION.code("高中")).contains("60");
        assertThat(CodeList.EDUCATION.code("初中")).contains("70");
        assertThat(CodeList.EDUCATION.code("小学")).contains("80");
        assertThat(CodeList.EDUCATION.code("幼儿园")).isEmpty();
    }

    @Test
    @DisplayName("M22 a stored value that is no code (text from before the lists) is shown as written")
    void legacyText() {
        assertThat(CodeList.ETHNICITY.name("汉")).isEqualTo("汉");
        assertThat(CodeList.ETHNICITY.isCode("汉")).isFalse();
        assertThat(CodeList.ETHNICITY.isCode("01")).isTrue();
        assertThat(CodeList.EDUCATION.name(null)).isNull();
    }

    @Test
    @DisplayName("M22 every code has its text in Chinese and in English")
    void bundles() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            Messages messages = Messages.of(locale);
            CodeList.ETHNICITY.codes().forEach(c -> assertThat(messages.get("Ethnicity." + c)).as(c)
                    .isNotEqualTo("Ethnicity." + c));
            CodeList.EDUCATION.codes().forEach(c -> assertThat(messages.get("Education." + c)).as(c)
                    .isNotEqualTo("Education." + c));
        }
        assertThat(Messages.of(Locale.SIMPLIFIED_CHINESE).get("Ethnicity.01")).isEqualTo("汉族");
        assertThat(Messages.of(Locale.ENGLISH).get("Education.20")).isEqualTo("Bachelor's degree");
    }

    @Test
    @DisplayName("M22 the migration turns into a code exactly the texts the lists name, each into the same code")
    void migrationAgreesWithTheLists() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream(
                "/db/migration/V16__ethnicity_education_codes.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Map<String, String>> mapped = new LinkedHashMap<>();
        Matcher column = Pattern.compile("UPDATE member SET (\\w+) = CASE(.*?)ELSE", Pattern.DOTALL).matcher(sql);
        while (column.find()) {
            Map<String, String> whens = new LinkedHashMap<>();
            Matcher when = Pattern.compile("WHEN '([^']+)' THEN '(\\d\\d)'").matcher(column.group(2));
            while (when.find()) {
                whens.put(when.group(1), when.group(2));
            }
            mapped.put(column.group(1), whens);
        }
        assertThat(mapped).containsOnlyKeys("ethnicity", "education");
        assertThat(mapped.get("ethnicity")).hasSize(114);
        mapped.get("ethnicity").forEach((text, code) -> assertThat(CodeList.ETHNICITY.code(text)).as(text)
                .contains(code));
        mapped.get("education").forEach((text, code) -> assertThat(CodeList.EDUCATION.code(text)).as(text)
                .contains(code));
        CodeList.EDUCATION.codes().forEach(code -> assertThat(mapped.get("education")).as(code)
                .containsValue(code));
    }
}
