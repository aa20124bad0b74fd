package org.partyregistry.member.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    @DisplayName("M1 a real-format ID with check character X: birth date, sex (17th digit even: female), mask")
    void checkCharacterX() {
        IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).as("toString never shows the number").isEqualTo(id.masked());
    }

    @Test
    @DisplayName("M1 a lowercase x is read as X, surrounding blanks are ignored")
    void lowercaseX() {
        assertThat(IdNumber.parse(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
    }

    @Test
    @DisplayName("M1 the 17th digit odd is a man")
    void oddIsMale() {
        IdNumber id = IdNumber.parse("37070019900101001X", TODAY);
        assertThat(id.sex()).isEqualTo(Sex.MALE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(IdNumber.parse("370700199001010028", TODAY).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    @DisplayName("M1 a wrong check character is refused, even by one")
    void wrongCheckCharacter() {
        assertRefused(() -> IdNumber.parse("110105194912310021", TODAY), "member.idNumberCheck", "idNumber");
        assertRefused(() -> IdNumber.parse("370700199001010029", TODAY), "member.idNumberCheck", "idNumber");
    }

    @Test
    @DisplayName("M1 length and characters")
    void format() {
        assertRefused(() -> IdNumber.parse("11010519491231002", TODAY), "member.idNumberFormat", "idNumber");
        assertRefused(() -> IdNumber.parse("11010519491231002XX", TODAY), "member.idNumberFormat", "idNumber");
        assertRefused(() -> IdNumber.parse("1101051949123100AX", TODAY), "member.idNumberFormat", "idNumber");
        assertRefused(() -> IdNumber.parse("", TODAY), "member.idNumberRequired", "idNumber");
        assertRefused(() -> IdNumber.parse(null, TODAY), "member.idNumberRequired", "idNumber");
    }

    @Test
    @DisplayName("M1 the birth date inside must exist and not be in the future")
    void birthDate() {
        String feb30 = "37070019900230001";
        assertRefused(() -> IdNumber.parse(feb30 + IdNumber.checkCharacter(feb30), TODAY),
                "member.idNumberBirthDate", "idNumber");
        String tomorrow = "37070020261128001";
        assertRefused(() -> IdNumber.parse(tomorrow + IdNumber.checkCharacter(tomorrow), TODAY),
                "member.idNumberBirthDate", "idNumber");
        String today = "37070020261127001";
        assertThat(IdNumber.parse(today + IdNumber.checkCharacter(today), TODAY).birthDate()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("M13 a search text shaped like an ID number (an exact-ID search): 17 digits and a digit or X")
    void shape() {
        assertThat(IdNumber.hasShape("11010519491231002X")).isTrue();
        assertThat(IdNumber.hasShape(" 11010519491231002x ")).isTrue();
        assertThat(IdNumber.hasShape("110105194912310021")).as("check character not looked at").isTrue();
        assertThat(IdNumber.hasShape("11010519491231002")).isFalse();
        assertThat(IdNumber.hasShape("1101051949123100211")).isFalse();
        assertThat(IdNumber.hasShape("11010519491231002Y")).isFalse();
        assertThat(IdNumber.hasShape("\uFF11" + "1010519491231002X")).as("full-width digit").isFalse();
        assertThat(IdNumber.hasShape("示例党员甲")).isFalse();
        assertThat(IdNumber.hasShape(null)).isFalse();
        assertRefused(() -> IdNumber.parse("11010519491231002\uFF12", TODAY), "member.idNumberFormat", "idNumber");
    }

    @Test
    @DisplayName("M1 a birth date before 1900 in the number is refused; 1900-01-01 itself is accepted")
    void bornBefore1900() {
        String first17 = "11010518991231002";
        assertRefused(() -> IdNumber.parse(first17 + IdNumber.checkCharacter(first17), TODAY),
                "member.idNumberBirthDate", "idNumber");
        String earliest = "11010519000101002";
        assertThat(IdNumber.parse(earliest + IdNumber.checkCharacter(earliest), TODAY).birthDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }
}
