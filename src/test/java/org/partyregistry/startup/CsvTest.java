package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    @DisplayName("the first row is the header; each further row maps header to value")
    void headerAndRows() {
        List<Map<String, String>> rows = Csv.parse(List.of(
                "key,name,type",
                "wc,潍坊高新区党工委,WORKING_COMMITTEE",
                "swp,潍坊软件园党委,COMMITTEE"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(Map.entry("key", "wc"), Map.entry("name", "潍坊高新区党工委"),
                Map.entry("type", "WORKING_COMMITTEE"));
        assertThat(rows.get(1).get("name")).isEqualTo("潍坊软件园党委");
    }

    @Test
    @DisplayName("a quoted field keeps its commas")
    void quotedComma() {
        List<Map<String, String>> rows = Csv.parse(List.of(
                "key,name,note",
                "a,\"潍坊软件园党委, 第一支部\",x"));
        assertThat(rows.get(0).get("name")).isEqualTo("潍坊软件园党委, 第一支部");
        assertThat(rows.get(0).get("note")).isEqualTo("x");
    }

    @Test
    @DisplayName("a doubled quote inside a quoted field is one quote")
    void doubledQuote() {
        List<Map<String, String>> rows = Csv.parse(List.of(
                "key,brand",
                "a,\"\"\"e企创\"\", 品牌\""));
        assertThat(rows.get(0).get("brand")).isEqualTo("\"e企创\", 品牌");
        assertThat(Csv.split("\"say \"\"hi\"\"\",y")).containsExactly("say \"hi\"", "y");
    }

    @Test
    @DisplayName("lines starting with '#' are comments, before and after the header")
    void comments() {
        List<Map<String, String>> rows = Csv.parse(List.of(
                "# the zone's organizations",
                "key,name",
                "# a comment between rows",
                "wc,党工委"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsOnlyKeys("key", "name");
        assertThat(rows.get(0).get("key")).isEqualTo("wc");
    }

    @Test
    @DisplayName("blank lines are skipped")
    void blankLines() {
        List<Map<String, String>> rows = Csv.parse(List.of(
                "",
                "key,name",
                "   ",
                "wc,党工委",
                "",
                "swp,软件园党委"));
        assertThat(rows).extracting(row -> row.get("key")).containsExactly("wc", "swp");
    }

    @Test
    @DisplayName("a UTF-8 byte order mark before the header is dropped")
    void byteOrderMark() {
        List<Map<String, String>> rows = Csv.parse(List.of(
                "\uFEFFkey,name",
                "wc,党工委"));
        assertThat(rows.get(0)).containsOnlyKeys("key", "name");
        assertThat(rows.get(0).get("key")).isEqualTo("wc");
    }

    @Test
    @DisplayName("missing trailing fields and empty fields become null; values are trimmed")
    void missingAndEmpty() {
        List<Map<String, String>> rows = Csv.parse(List.of(
                "organization,number,electedOn,years,seats",
                "swp,2,2016-12-22",
                "swp, 3 ,,,",
                "swp,4,2021-12-20,\"\",9"));
        assertThat(rows.get(0)).containsEntry("electedOn", "2016-12-22")
                .containsEntry("years", null)
                .containsEntry("seats", null)
                .containsOnlyKeys("organization", "number", "electedOn", "years", "seats");
        assertThat(rows.get(1)).containsEntry("number", "3")
                .containsEntry("electedOn", null)
                .containsEntry("years", null)
                .containsEntry("seats", null);
        assertThat(rows.get(2)).containsEntry("years", null).containsEntry("seats", "9");
    }

    @Test
    @DisplayName("fields beyond the header are ignored")
    void extraFields() {
        List<Map<String, String>> rows = Csv.parse(List.of("a,b", "1,2,3"));
        assertThat(rows.get(0)).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    @DisplayName("a missing seed resource is reported by name")
    void missingResource() {
        assertThatThrownBy(() -> Csv.read("seeds/no-such-file.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seeds/no-such-file.csv");
    }
}
