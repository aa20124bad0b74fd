package org.partyregistry.brand.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.enterprise.entity.Park;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.testsupport.Ids;

class AllianceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate JOINED = LocalDate.of(2020, 6, 28);
    static final LocalDate LEFT = LocalDate.of(2023, 6, 15);

    final Organization zone = Ids.withId(new Organization("潍坊高新区党工委", OrganizationType.WORKING_COMMITTEE, null,
            LocalDate.of(1991, 11, 1), TODAY), 1);
    final Organization committee = Ids.withId(new Organization("潍坊软件园党委", OrganizationType.COMMITTEE, zone,
            LocalDate.of(2008, 6, 18), TODAY), 2);
    final Park park = Ids.withId(new Park("潍坊软件园"), 3);
    final Enterprise yunfan = Ids.withId(new Enterprise("示例云帆网络科技有限公司", "913707001J8T9HT45M", park,
            "软件和信息技术服务", 186, LocalDate.of(2012, 4, 16), null, TODAY), 4);
    final Enterprise xinghe = Ids.withId(new Enterprise("示例星河数据科技有限公司", "913707009C7YY8X2RN", park,
            "大数据与云计算", 92, LocalDate.of(2014, 9, 1), null, TODAY), 5);
    final Alliance alliance = new Alliance("潍坊市首个互联网企业党建联盟", committee, JOINED, null, TODAY);
    final List<AllianceMember> periods = new ArrayList<>();

    private AllianceMember join(Enterprise enterprise, Organization organization, LocalDate on) {
        AllianceMember member = alliance.admit(enterprise, organization, on, periods, TODAY);
        periods.add(member);
        return member;
    }

    @Test
    @DisplayName("B7: name required, lead organization required, founding date not in the future")
    void alliance() {
        assertRefused(() -> new Alliance(" ", committee, null, null, TODAY), "alliance.nameRequired", "name");
        assertRefused(() -> new Alliance("联盟", null, null, null, TODAY), "alliance.leadRequired",
                "leadOrganizationId");
        assertRefused(() -> new Alliance("联盟", committee, TODAY.plusDays(1), null, TODAY), "error.dateInFuture",
                "foundedOn");
        assertThat(new Alliance(" 联盟 ", committee, null, null, TODAY).getName()).isEqualTo("联盟");
    }

    @Test
    @DisplayName("B8: a member is an enterprise or an organization, exactly one, with a joining date not in the future")
    void memberKind() {
        assertRefused(() -> join(null, null, JOINED), "alliance.memberRequired", "enterpriseId");
        assertRefused(() -> join(yunfan, committee, JOINED), "alliance.memberEither", "organizationId");
        assertRefused(() -> join(yunfan, null, null), "alliance.joinedOnRequired", "joinedOn");
        assertRefused(() -> join(yunfan, null, TODAY.plusDays(1)), "error.dateInFuture", "joinedOn");
        assertThat(join(yunfan, null, TODAY).isEnterprise()).isTrue();
        assertThat(join(null, committee, TODAY).isEnterprise()).isFalse();
    }

    @Test
    @DisplayName("B8: leaving before joining is refused (400); leaving on the joining day is a one-day membership")
    void leaving() {
        AllianceMember member = join(yunfan, null, JOINED);
        assertThatThrownBy(() -> member.leave(JOINED.minusDays(1), TODAY))
                .isInstanceOf(BusinessException.class)
                .isNotInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((BusinessException) e).key()).isEqualTo("alliance.leftBeforeJoined"));
        assertRefused(() -> member.leave(TODAY.plusDays(1), TODAY), "error.dateInFuture", "leftOn");
        member.leave(JOINED, TODAY);
        assertThat(member.getLeftOn()).isEqualTo(JOINED);
        assertThat(member.isCurrentOn(JOINED)).isTrue();
        assertThat(member.isCurrentOn(JOINED.plusDays(1))).isFalse();
        assertRefused(() -> member.leave(TODAY, TODAY), "alliance.alreadyLeft", "leftOn");
    }

    @Test
    @DisplayName("B9: joining again on the day the member left overlaps (409); the day after is a new period")
    void overlapAtTheBoundaryDay() {
        join(yunfan, null, JOINED).leave(LEFT, TODAY);
        assertThatThrownBy(() -> join(yunfan, null, LEFT))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    assertThat(((BusinessException) e).status()).isEqualTo(409);
                    assertThat(((BusinessException) e).key()).isEqualTo("alliance.memberOverlaps");
                    assertThat(((BusinessException) e).field()).isEqualTo("enterpriseId");
                });
        assertThat(periods).hasSize(1);
        AllianceMember again = join(yunfan, null, LEFT.plusDays(1));
        assertThat(again.getJoinedOn()).isEqualTo(LEFT.plusDays(1));
        assertThat(periods).hasSize(2);
    }

    @Test
    @DisplayName("B9: while a member has not left, joining again on any later day is a conflict; so is a period before")
    void openPeriod() {
        join(yunfan, null, JOINED);
        assertRefused(() -> join(yunfan, null, JOINED), "alliance.memberOverlaps", "enterpriseId");
        assertRefused(() -> join(yunfan, null, TODAY), "alliance.memberOverlaps", "enterpriseId");
        assertRefused(() -> join(yunfan, null, JOINED.minusYears(1)), "alliance.memberOverlaps", "enterpriseId");
        join(null, committee, JOINED);
        assertRefused(() -> join(null, committee, TODAY), "alliance.memberOverlaps", "organizationId");
    }

    @Test
    @DisplayName("B9: other members on the same dates do not clash")
    void otherMembers() {
        join(yunfan, null, JOINED);
        join(xinghe, null, JOINED);
        join(null, committee, JOINED);
        assertThat(periods).hasSize(3);
    }

    @Test
    @DisplayName("B10: current from the joining day through the leaving day, inclusive")
    void current() {
        AllianceMember member = join(yunfan, null, JOINED);
        assertThat(member.isCurrentOn(JOINED.minusDays(1))).isFalse();
        assertThat(member.isCurrentOn(JOINED)).isTrue();
        assertThat(member.isCurrentOn(TODAY)).isTrue();
        member.leave(LEFT, TODAY);
        assertThat(member.isCurrentOn(LEFT)).isTrue();
        assertThat(member.isCurrentOn(LEFT.plusDays(1))).isFalse();
    }
}
