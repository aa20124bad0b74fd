package org.partyregistry.enterprise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstructorAssignmentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    final Enterprise enterprise = new Enterprise("示例码上科技有限公司", "91350100M000100Y43", new Park("潍坊软件园"),
            "软件和信息技术服务", 12, LocalDate.of(2018, 5, 8), null, TODAY);

    @Test
    @DisplayName("E5 a period ending before it starts is refused on the to field")
    void endBeforeStart() {
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.INSTRUCTOR, FROM,
                FROM.minusDays(1), TODAY), "instructor.endsBeforeStart", "to");
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.LIAISON, TO, FROM,
                TODAY), "instructor.endsBeforeStart", "to");
    }

    @Test
    @DisplayName("E5 a one-day period is accepted and covers exactly that day")
    void sameDay() {
        InstructorAssignment a = new InstructorAssignment(enterprise, "张三", InstructorRole.LIAISON, FROM, FROM,
                TODAY);
        assertThat(a.getFrom()).isEqualTo(FROM);
        assertThat(a.getTo()).isEqualTo(FROM);
        assertThat(a.covers(FROM)).isTrue();
        assertThat(a.covers(FROM.minusDays(1))).isFalse();
        assertThat(a.covers(FROM.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("E3 E5 a period covers its first and last day, not the days outside")
    void inclusive() {
        InstructorAssignment a = new InstructorAssignment(enterprise, "李四", InstructorRole.INSTRUCTOR, FROM, TO,
                TODAY);
        assertThat(a.covers(FROM)).isTrue();
        assertThat(a.covers(TO)).isTrue();
        assertThat(a.covers(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(a.covers(FROM.minusDays(1))).isFalse();
        assertThat(a.covers(TO.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("E5 an open-ended period covers every day from its start")
    void openEnded() {
        InstructorAssignment a = new InstructorAssignment(enterprise, "王五", InstructorRole.INSTRUCTOR, FROM, null,
                TODAY);
        assertThat(a.getTo()).isNull();
        assertThat(a.covers(FROM)).isTrue();
        assertThat(a.covers(TODAY)).isTrue();
        assertThat(a.covers(LocalDate.of(2099, 12, 31))).isTrue();
        assertThat(a.covers(FROM.minusDays(1))).isFalse();
    }

    @Test
    @DisplayName("E5 name, role and start are required; the name is trimmed (at most 100 characters)")
    void required() {
        assertRefused(() -> new InstructorAssignment(enterprise, " ", InstructorRole.INSTRUCTOR, FROM, TO,
                TODAY), "instructor.nameRequired", "name");
        assertRefused(() -> new InstructorAssignment(enterprise, "名".repeat(101), InstructorRole.INSTRUCTOR, FROM,
                TO, TODAY), "instructor.nameTooLong", "name");
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", null, FROM, TO, TODAY),
                "instructor.roleRequired", "role");
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.INSTRUCTOR, null, TO,
                TODAY), "instructor.fromRequired", "from");
        InstructorAssignment a = new InstructorAssignment(enterprise, " " + "名".repeat(100) + " ",
                InstructorRole.LIAISON, FROM, TO, TODAY);
        assertThat(a.getName()).isEqualTo("名".repeat(100));
        assertThat(a.getRole()).isEqualTo(InstructorRole.LIAISON);
        assertThat(a.getEnterprise()).isSameAs(enterprise);
    }

    @Test
    @DisplayName("E5 a period starts on or after 1921-07-01: the founding day accepted, the day before refused")
    void startNotBeforeParty() {
        LocalDate founded = LocalDate.of(1921, 7, 1);
        assertThat(new InstructorAssignment(enterprise, "张三", InstructorRole.INSTRUCTOR, founded, null, TODAY)
                .getFrom()).isEqualTo(founded);
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.INSTRUCTOR,
                founded.minusDays(1), null, TODAY), "error.dateTooEarly", "from");
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.INSTRUCTOR,
                LocalDate.of(0, 1, 1), null, TODAY), "error.dateTooEarly", "from");
    }

    @Test
    @DisplayName("E5 a period may be planned: a start 5 years from today accepted, a day later refused")
    void startPlannedAtMostFiveYears() {
        LocalDate latest = LocalDate.of(2031, 11, 28);
        assertThat(new InstructorAssignment(enterprise, "张三", InstructorRole.LIAISON, latest, null, TODAY)
                .getFrom()).isEqualTo(latest);
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.LIAISON,
                latest.plusDays(1), null, TODAY), "error.dateTooLate", "from");
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.LIAISON,
                LocalDate.MAX, null, TODAY), "error.dateTooLate", "from");
    }

    @Test
    @DisplayName("E5 a period may end as planned: 5 years from today accepted, a day later refused")
    void endPlannedAtMostFiveYears() {
        LocalDate latest = LocalDate.of(2031, 11, 28);
        assertThat(new InstructorAssignment(enterprise, "张三", InstructorRole.INSTRUCTOR, FROM, latest, TODAY)
                .getTo()).isEqualTo(latest);
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.INSTRUCTOR, FROM,
                latest.plusDays(1), TODAY), "error.dateTooLate", "to");
        assertRefused(() -> new InstructorAssignment(enterprise, "张三", InstructorRole.INSTRUCTOR, FROM,
                LocalDate.of(9999, 12, 31), TODAY), "error.dateTooLate", "to");
    }
}
