package org.partyregistry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyregistry.enterprise.entity.CreditCode;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.platform.PersonalDataCipher;

/** The generator's data obeys the application's own rules (M1-M8, E1), and its keys are unique. */
class CityGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    final CityGenerator generator = new CityGenerator(BenchScale.SMALL, new PersonalDataCipher(new byte[32]), TODAY,
            42);

    @Test
    void creditCodesAreValidAndUnique() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String code = CityGenerator.creditCode(i * 97);
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(50_000);
    }

    @Test
    void membersHaveValidUniqueIdNumbersAndStepsInOrder() {
        Set<String> numbers = new HashSet<>();
        Set<Stage> stages = new HashSet<>();
        for (long id = CityGenerator.FIRST_ID; id < CityGenerator.FIRST_ID + 60_000; id++) {
            CityGenerator.Person person = generator.person(id);
            IdNumber number = IdNumber.parse(person.idNumber(), TODAY);
            assertThat(number.birthDate()).isEqualTo(person.birth());
            assertThat(number.sex()).isEqualTo(person.male() ? Sex.MALE : Sex.FEMALE);
            // rules M3-M8, the same check registration makes
            person.steps().check(person.birth(), null, TODAY);
            assertThat(person.stage()).isEqualTo(person.steps().stage());
            numbers.add(person.idNumber());
            stages.add(person.stage());
        }
        assertThat(numbers).hasSize(60_000);
        assertThat(stages).contains(Stage.APPLICANT, Stage.PROBATIONARY, Stage.FULL);
    }

    @Test
    void theSamePersonIsDerivedAgainByEveryPass() {
        assertThat(generator.person(CityGenerator.FIRST_ID + 123)).isEqualTo(generator.person(
                CityGenerator.FIRST_ID + 123));
    }

    @Test
    void activitiesAndDuesCoverTheTwentyFourCompleteMonthsBeforeThisOne() {
        assertThat(generator.windowStart()).isEqualTo(LocalDate.of(2024, 11, 1));
    }
}
