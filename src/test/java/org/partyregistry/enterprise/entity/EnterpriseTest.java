package org.partyregistry.enterprise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Messages;

class EnterpriseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate FOUNDED = LocalDate.of(2015, 3, 12);
    static final String CODE = "91350100M000100Y43";

    final Park park = new Park("潍坊软件园");

    Enterprise enterprise(LocalDate foundedOn, LocalDate closedOn) {
        return new Enterprise("示例蓝智软件有限公司", CODE, park, "软件和信息技术服务", 118, foundedOn, closedOn, TODAY);
    }

    @Test
    @DisplayName("E1 E2 a valid enterprise keeps its fields, the name trimmed and the credit code normalized")
    void valid() {
        Enterprise e = new Enterprise("  示例蓝智软件有限公司 ", "91350100m000100y43", park, " 软件 ", 0, FOUNDED,
                null, TODAY);
        assertThat(e.getName()).isEqualTo("示例蓝智软件有限公司");
        assertThat(e.getCreditCode()).isEqualTo(CODE);
        assertThat(e.getPark()).isSameAs(park);
        assertThat(e.getIndustry()).isEqualTo("软件");
        assertThat(e.getEmployees()).isZero();
        assertThat(e.getFoundedOn()).isEqualTo(FOUNDED);
        assertThat(e.getClosedOn()).isNull();
    }

    @Test
    @DisplayName("E1 an enterprise with an invalid credit code is refused on creditCode")
    void badCreditCode() {
        assertRefused(() -> new Enterprise("示例", "91350100M000100Y44", park, "软件", 1, FOUNDED, null, TODAY),
                "enterprise.creditCodeCheck", "creditCode");
        assertRefused(() -> new Enterprise("示例", null, park, "软件", 1, FOUNDED, null, TODAY),
                "enterprise.creditCodeLength", "creditCode");
    }

    @Test
    @DisplayName("E1 E2 every fault of an enterprise is reported at once, each on its field, in the form's order")
    void everyFaultAtOnce() {
        Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> new Enterprise(" ", "91350100M000100Y44", null, "", -1, TODAY.plusDays(1),
                null, TODAY))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).fieldErrors(messages))
                        .extracting(BusinessException.FieldError::field)
                        .containsExactly("creditCode", "name", "parkId", "industry", "employees", "foundedOn"));
        assertThatThrownBy(() -> new Enterprise("示例", CODE, park, "软件", 1, FOUNDED, FOUNDED.minusDays(1), TODAY))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).fieldErrors(messages))
                        .extracting(BusinessException.FieldError::field).containsExactly("closedOn"));
    }

    @Test
    @DisplayName("E2 a blank or missing name is refused")
    void blankName() {
        assertRefused(() -> new Enterprise("   ", CODE, park, "软件", 1, FOUNDED, null, TODAY),
                "enterprise.nameRequired", "name");
        assertRefused(() -> new Enterprise("", CODE, park, "软件", 1, FOUNDED, null, TODAY),
                "enterprise.nameRequired", "name");
        assertRefused(() -> new Enterprise(null, CODE, park, "软件", 1, FOUNDED, null, TODAY),
                "enterprise.nameRequired", "name");
    }

    @Test
    @DisplayName("E2 a name of 200 characters is accepted, 201 refused")
    void nameLength() {
        String max = "企".repeat(200);
        assertThat(new Enterprise(max, CODE, park, "软件", 1, FOUNDED, null, TODAY).getName()).isEqualTo(max);
        assertThat(new Enterprise(" " + max + " ", CODE, park, "软件", 1, FOUNDED, null, TODAY).getName())
                .isEqualTo(max);
        assertRefused(() -> new Enterprise(max + "业", CODE, park, "软件", 1, FOUNDED, null, TODAY),
                "enterprise.nameTooLong", "name");
    }

    @Test
    @DisplayName("E2 an enterprise without a park is refused")
    void noPark() {
        assertRefused(() -> new Enterprise("示例", CODE, null, "软件", 1, FOUNDED, null, TODAY),
                "enterprise.parkRequired", "parkId");
    }

    @Test
    @DisplayName("E2 an industry is required (at most 60 characters)")
    void industry() {
        assertRefused(() -> new Enterprise("示例", CODE, park, "  ", 1, FOUNDED, null, TODAY),
                "enterprise.industryRequired", "industry");
        assertRefused(() -> new Enterprise("示例", CODE, park, null, 1, FOUNDED, null, TODAY),
                "enterprise.industryRequired", "industry");
        String max = "业".repeat(60);
        assertThat(new Enterprise("示例", CODE, park, max, 1, FOUNDED, null, TODAY).getIndustry()).isEqualTo(max);
        assertRefused(() -> new Enterprise("示例", CODE, park, max + "业", 1, FOUNDED, null, TODAY),
                "enterprise.industryTooLong", "industry");
    }

    @Test
    @DisplayName("E2 employees: 0 accepted, negative or missing refused")
    void employees() {
        assertThat(new Enterprise("示例", CODE, park, "软件", 0, FOUNDED, null, TODAY).getEmployees()).isZero();
        assertRefused(() -> new Enterprise("示例", CODE, park, "软件", -1, FOUNDED, null, TODAY),
                "enterprise.employeesNegative", "employees");
        assertRefused(() -> new Enterprise("示例", CODE, park, "软件", null, FOUNDED, null, TODAY),
                "enterprise.employeesNegative", "employees");
    }

    @Test
    @DisplayName("E2 founded today is accepted; tomorrow or no date refused")
    void foundingDate() {
        assertThat(enterprise(TODAY, null).getFoundedOn()).isEqualTo(TODAY);
        assertRefused(() -> enterprise(TODAY.plusDays(1), null), "error.dateInFuture", "foundedOn");
        assertRefused(() -> enterprise(null, null), "enterprise.foundedRequired", "foundedOn");
    }

    @Test
    @DisplayName("E2 closing on the founding day is accepted; the day before refused")
    void closingDate() {
        assertThat(enterprise(FOUNDED, FOUNDED).getClosedOn()).isEqualTo(FOUNDED);
        assertRefused(() -> enterprise(FOUNDED, FOUNDED.minusDays(1)), "enterprise.closedBeforeFounded",
                "closedOn");
    }

    @Test
    @DisplayName("E2 a closing date in the future is refused (as implemented)")
    void closingNotInFuture() {
        assertThat(enterprise(FOUNDED, TODAY).getClosedOn()).isEqualTo(TODAY);
        assertRefused(() -> enterprise(FOUNDED, TODAY.plusDays(1)), "error.dateInFuture", "closedOn");
    }

    @Test
    @DisplayName("E2 describe changes everything but the credit code; a refused change leaves it untouched")
    void describe() {
        Enterprise e = enterprise(FOUNDED, null);
        Park other = new Park("潍坊蓝色智谷");
        e.describe("新名", other, "电子商务", 5, FOUNDED.minusYears(1), TODAY, TODAY);
        assertThat(e.getName()).isEqualTo("新名");
        assertThat(e.getPark()).isSameAs(other);
        assertThat(e.getIndustry()).isEqualTo("电子商务");
        assertThat(e.getEmployees()).isEqualTo(5);
        assertThat(e.getFoundedOn()).isEqualTo(FOUNDED.minusYears(1));
        assertThat(e.getClosedOn()).isEqualTo(TODAY);
        assertThat(e.getCreditCode()).isEqualTo(CODE);

        assertRefused(() -> e.describe("再改", park, "软件", 1, FOUNDED, FOUNDED.minusDays(1), TODAY),
                "enterprise.closedBeforeFounded", "closedOn");
        assertThat(e.getName()).isEqualTo("新名");
        assertThat(e.getPark()).isSameAs(other);
        assertThat(e.getClosedOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("E3 founded on the date: operating; founded the day after: not")
    void operatingFromFounding() {
        Enterprise e = enterprise(FOUNDED, null);
        assertThat(e.operatingOn(FOUNDED)).isTrue();
        assertThat(e.operatingOn(FOUNDED.minusDays(1))).isFalse();
        assertThat(e.operatingOn(TODAY)).isTrue();
    }

    @Test
    @DisplayName("E3 closed on the date: not operating; closed the day after the date: operating")
    void operatingUntilClosing() {
        LocalDate closed = LocalDate.of(2024, 3, 15);
        Enterprise e = enterprise(FOUNDED, closed);
        assertThat(e.operatingOn(closed)).isFalse();
        assertThat(e.operatingOn(closed.plusDays(1))).isFalse();
        assertThat(e.operatingOn(closed.minusDays(1))).isTrue();
    }

    @Test
    @DisplayName("E3 founded and closed on the same day: never operating")
    void sameDay() {
        Enterprise e = enterprise(FOUNDED, FOUNDED);
        assertThat(e.operatingOn(FOUNDED)).isFalse();
        assertThat(e.operatingOn(FOUNDED.minusDays(1))).isFalse();
    }

    @Test
    @DisplayName("E2 a founding date before 1900 is refused on foundedOn; 1900-01-01 itself is accepted")
    void implausibleFounding() {
        assertRefused(() -> enterprise(LocalDate.of(1899, 12, 31), null), "error.dateTooEarly", "foundedOn");
        assertRefused(() -> enterprise(LocalDate.of(201, 5, 1), null), "error.dateTooEarly", "foundedOn");
        assertThat(enterprise(LocalDate.of(1900, 1, 1), null).getFoundedOn()).isEqualTo(LocalDate.of(1900, 1, 1));
    }
}
