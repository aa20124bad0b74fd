package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest(name = "refused: U+{0}")
    @ValueSource(ints = {0x0000, 0x0007, 0x0009, 0x000A, 0x000D, 0x001B, 0x007F, 0x0085, 0x200E, 0x200F, 0x202A,
            0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x061C, 0x200B, 0xFEFF, 0x2028, 0x2029,
            0xFFFF})
    @DisplayName("control, format and direction characters are refused, wherever they stand")
    void refused(int codePoint) {
        String bad = new String(Character.toChars(codePoint));
        assertThat(PlainText.Check.isPlain("示例党员" + bad + "壬")).isFalse();
        assertThat(PlainText.Check.isPlain(bad + "abc")).isFalse();
        assertThat(PlainText.Check.firstForbidden("ab" + bad)).isEqualTo(2);
        assertThat(new PlainText.Validator().isValid("x" + bad, null)).isFalse();
    }

    @Test
    @DisplayName("a lone surrogate is refused; a paired one (a rare character outside the BMP) is plain")
    void surrogates() {
        assertThat(PlainText.Check.isPlain("张\uD840")).isFalse();
        assertThat(PlainText.Check.isPlain("\uDC00张")).isFalse();
        assertThat(PlainText.Check.isPlain("王\uD842\uDFB7")).as("𠮷 U+20BB7").isTrue();
    }

    @Test
    @DisplayName("ordinary names pass: Chinese, Latin, digits, spaces, punctuation; null is left to @NotNull")
    void plain() {
        assertThat(PlainText.Check.isPlain("潍坊软件园党委 第1党支部（联合）· e企创 O'Brien-Smith")).isTrue();
        assertThat(PlainText.Check.isPlain("")).isTrue();
        assertThat(PlainText.Check.isPlain(null)).isTrue();
        assertThat(new PlainText.Validator().isValid("示例党员壬", null)).isTrue();
    }

    @Test
    @DisplayName("the refusal reads in both languages from the i18n bundle")
    void message() {
        String template = "{text.notPlain}";
        assertThat(Messages.of(Messages.CHINESE).violation(template)).contains("控制字符").contains("U+202E");
        assertThat(Messages.of(Locale.ENGLISH).violation(template)).contains("control characters");
        assertThat(Messages.of(Locale.ENGLISH).violation("{org.hibernate.validator.constraints.Range.message}"))
                .as("a constraint the bundle does not word is left to Bean Validation").isNull();
    }

    @Test
    @DisplayName("names and titles carry the constraint on the REST inputs and on the entities")
    void applied() throws ReflectiveOperationException {
        for (Class<?> type : new Class<?>[] {
                org.partyregistry.member.entity.MemberRecord.class,
                org.partyregistry.organization.entity.Organization.class,
                org.partyregistry.enterprise.entity.Enterprise.class, org.partyregistry.enterprise.entity.Park.class,
                org.partyregistry.enterprise.entity.InstructorAssignment.class,
                org.partyregistry.brand.entity.Brand.class, org.partyregistry.brand.entity.Alliance.class}) {
            assertThat(type.getDeclaredField("name").isAnnotationPresent(PlainText.class)).as(type.getName()).isTrue();
        }
        assertThat(org.partyregistry.activity.entity.Activity.class.getDeclaredField("title")
                .isAnnotationPresent(PlainText.class)).isTrue();
        assertThat(org.partyregistry.security.UserAccount.class.getDeclaredField("displayName")
                .isAnnotationPresent(PlainText.class)).isTrue();
        for (Class<?> input : new Class<?>[] {
                org.partyregistry.member.boundary.MemberResource.MemberInput.class,
                org.partyregistry.organization.boundary.OrganizationResource.OrganizationInput.class,
                org.partyregistry.organization.boundary.OrganizationResource.OrganizationUpdate.class,
                org.partyregistry.enterprise.boundary.EnterpriseResource.EnterpriseInput.class,
                org.partyregistry.enterprise.boundary.EnterpriseResource.InstructorInput.class,
                org.partyregistry.enterprise.boundary.ParkResource.ParkInput.class,
                org.partyregistry.brand.boundary.BrandResource.BrandInput.class,
                org.partyregistry.brand.boundary.AllianceResource.AllianceInput.class}) {
            assertThat(component(input, "name")).as(input.getName()).isTrue();
        }
        assertThat(component(org.partyregistry.activity.boundary.ActivityResource.ActivityInput.class, "title"))
                .isTrue();
        assertThat(component(org.partyregistry.security.UserResource.UserInput.class, "displayName")).isTrue();
    }

    private static boolean component(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                AnnotatedElement element = c;
                return element.isAnnotationPresent(PlainText.class);
            }
        }
        throw new AssertionError(record + " has no " + name);
    }
}
