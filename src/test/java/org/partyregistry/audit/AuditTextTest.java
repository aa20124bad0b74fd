package org.partyregistry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.Messages;

class AuditTextTest {

    private final AuditText chinese = new AuditText(Messages.of(Locale.SIMPLIFIED_CHINESE));
    private final AuditText english = new AuditText(Messages.of(Locale.ENGLISH));

    @Test
    @DisplayName("A4 entity types and actions read in the page's language, never as class names or codes")
    void entitiesAndActions() {
        assertThat(chinese.entity("MedalNomination")).isEqualTo("纪念章推荐");
        assertThat(chinese.entity("Member")).isEqualTo("党员");
        assertThat(english.entity("MedalNomination")).isEqualTo("Medal nomination");
        assertThat(chinese.action("REVEAL")).isEqualTo("查看完整身份证号");
        assertThat(english.action("CREATE")).isEqualTo("Created");
    }

    @Test
    @DisplayName("A4 a code the bundle does not name is shown as stored, not as a bundle key")
    void unknownCodes() {
        assertThat(chinese.entity("SomethingNew")).isEqualTo("SomethingNew");
        assertThat(chinese.action("NEW_ACTION")).isEqualTo("NEW_ACTION");
        assertThat(chinese.action(null)).isEmpty();
    }

    @Test
    @DisplayName("A4 changes read as field: old → new, in the stored order, with the field names translated")
    void changes() {
        String json = Changes.of().set("name", "示例支部").change("employees", 10, 12).set("unknownField", "x")
                .toJson();
        assertThat(chinese.changes(json)).containsExactly(
                new AuditText.Change("名称", null, "示例支部"),
                new AuditText.Change("职工人数", "10", "12"),
                new AuditText.Change("unknownField", null, "x"));
        assertThat(english.changes(json).get(0).field()).isEqualTo("Name");
    }

    @Test
    @DisplayName("A4 changes that are not the expected JSON are shown as they are; none gives no line")
    void oddChanges() {
        assertThat(chinese.changes("not json")).containsExactly(new AuditText.Change("", null, "not json"));
        assertThat(chinese.changes("[1,2]")).containsExactly(new AuditText.Change("", null, "[1,2]"));
        assertThat(chinese.changes(null)).isEmpty();
        assertThat(chinese.changes("{}")).isEmpty();
    }
}
