package org.partyregistry.brand.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ConflictException;

class BrandTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    final Organization parkCommittee = new Organization("潍坊软件园党委", OrganizationType.COMMITTEE,
            new Organization("潍坊高新区党工委", OrganizationType.WORKING_COMMITTEE, null, LocalDate.of(1991, 11, 1),
                    TODAY), LocalDate.of(2008, 6, 18), TODAY);

    @Test
    @DisplayName("B1: a brand keeps its trimmed name, slogan, organization, founding date and description")
    void founded() {
        Brand brand = new Brand("  e企创 ", " 推动党建集成创新 ", parkCommittee, LocalDate.of(2018, 7, 1), " ", TODAY);
        assertThat(brand.getName()).isEqualTo("e企创");
        assertThat(brand.getSlogan()).isEqualTo("推动党建集成创新");
        assertThat(brand.getDescription()).isNull();
        assertThat(brand.getOrganization()).isSameAs(parkCommittee);
    }

    @Test
    @DisplayName("B1: name required and at most 50 characters; organization and founding date required")
    void required() {
        assertRefused(() -> new Brand(" ", null, parkCommittee, TODAY, null, TODAY), "brand.nameRequired", "name");
        assertThatCode(() -> new Brand("名".repeat(50), null, parkCommittee, TODAY, null, TODAY))
                .doesNotThrowAnyException();
        assertRefused(() -> new Brand("名".repeat(51), null, parkCommittee, TODAY, null, TODAY), "error.tooLong",
                "name");
        assertRefused(() -> new Brand("e企创", "口".repeat(101), parkCommittee, TODAY, null, TODAY), "error.tooLong",
                "slogan");
        assertRefused(() -> new Brand("e企创", null, null, TODAY, null, TODAY), "brand.organizationRequired",
                "organizationId");
        assertRefused(() -> new Brand("e企创", null, parkCommittee, null, null, TODAY), "brand.foundedOnRequired",
                "foundedOn");
    }

    @Test
    @DisplayName("B1: founded today is fine, tomorrow is in the future; not before the organization was established")
    void foundingDate() {
        assertThatCode(() -> new Brand("e企创", null, parkCommittee, TODAY, null, TODAY)).doesNotThrowAnyException();
        assertRefused(() -> new Brand("e企创", null, parkCommittee, TODAY.plusDays(1), null, TODAY),
                "error.dateInFuture", "foundedOn");
        assertThatCode(() -> new Brand("e企创", null, parkCommittee, LocalDate.of(2008, 6, 18), null, TODAY))
                .doesNotThrowAnyException();
        assertRefused(() -> new Brand("e企创", null, parkCommittee, LocalDate.of(2008, 6, 17), null, TODAY),
                "brand.foundedBeforeOrganization", "foundedOn");
    }

    @Test
    @DisplayName("B2: a second brand of the same (trimmed) name in the organization is a conflict; another name is not")
    void duplicateName() {
        List<String> existing = List.of("e企创", "创新先锋");
        assertThatThrownBy(() -> Brand.checkUnique(" e企创  ", existing, parkCommittee))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).status()).isEqualTo(409);
                    assertThat(((BusinessException) e).key()).isEqualTo("brand.duplicate");
                    assertThat(((BusinessException) e).field()).isEqualTo("name");
                });
        assertThatCode(() -> Brand.checkUnique("e企创2", existing, parkCommittee)).doesNotThrowAnyException();
        assertThatCode(() -> Brand.checkUnique("e企创", List.of(), parkCommittee)).doesNotThrowAnyException();
    }
}
