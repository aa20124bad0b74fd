package org.partyregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.ForbiddenException;

class ScopeTest {

    static final String OWN = "/1/2/";
    static final String CHILD = "/1/2/3/";
    static final String GRANDCHILD = "/1/2/3/4/";
    static final String PREFIX_SIBLING = "/1/23/";
    static final String PREFIX_SIBLING_CHILD = "/1/23/7/";
    static final String PARENT = "/1/";

    final Scope secretary = new Scope("secretary", Role.BRANCH_SECRETARY, 2L, OWN);
    final Scope staff = new Scope("staff", Role.COMMITTEE_STAFF, null, null);
    final Scope admin = new Scope("admin", Role.ADMIN, null, null);

    @Test
    @DisplayName("S1 a secretary reads and writes their own organization and its descendants")
    void secretaryOwnSubtree() {
        for (String path : new String[] {OWN, CHILD, GRANDCHILD}) {
            assertThat(secretary.canRead(path)).as("read %s", path).isTrue();
            assertThat(secretary.canWrite(path)).as("write %s", path).isTrue();
        }
        assertThat(secretary.pathPrefix()).isEqualTo(OWN);
    }

    @Test
    @DisplayName("S1 a secretary of /1/2/ does not see the sibling /1/23/ that merely shares a numeric prefix")
    void secretaryNotPrefixSibling() {
        assertThat(secretary.canRead(PREFIX_SIBLING)).isFalse();
        assertThat(secretary.canRead(PREFIX_SIBLING_CHILD)).isFalse();
        assertThat(secretary.canWrite(PREFIX_SIBLING)).isFalse();
    }

    @Test
    @DisplayName("S1 a secretary does not see the organization above them, nor a path-less one")
    void secretaryNotAbove() {
        assertThat(secretary.canRead(PARENT)).isFalse();
        assertThat(secretary.canRead("/")).isFalse();
        assertThat(secretary.canRead(null)).isFalse();
        assertThat(secretary.canWrite(PARENT)).isFalse();
    }

    @Test
    @DisplayName("S1 a secretary without an organization path sees nothing")
    void secretaryWithoutOrganization() {
        Scope unbound = new Scope("nobody", Role.BRANCH_SECRETARY, null, null);
        assertThat(unbound.canRead(OWN)).isFalse();
        assertThat(unbound.canRead(PARENT)).isFalse();
    }

    @Test
    @DisplayName("S1 staff and admins see and write everything")
    void staffAndAdminSeeAll() {
        for (Scope scope : new Scope[] {staff, admin, Scope.system()}) {
            assertThat(scope.seesEverything()).isTrue();
            assertThat(scope.pathPrefix()).isEqualTo("/");
            for (String path : new String[] {PARENT, OWN, GRANDCHILD, PREFIX_SIBLING}) {
                assertThat(scope.canRead(path)).as("%s reads %s", scope.role(), path).isTrue();
                assertThat(scope.canWrite(path)).as("%s writes %s", scope.role(), path).isTrue();
            }
        }
        assertThat(secretary.seesEverything()).isFalse();
    }

    @Test
    @DisplayName("S2 a secretary cannot restructure (move, merge, dissolve) their own organization")
    void secretaryCannotRestructureOwn() {
        assertThat(secretary.canRestructure(OWN)).isFalse();
        assertThatThrownBy(() -> secretary.requireRestructure(OWN)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    @DisplayName("S2 a secretary may restructure what is below their organization, never outside it")
    void secretaryRestructuresBelow() {
        assertThat(secretary.canRestructure(CHILD)).isTrue();
        assertThat(secretary.canRestructure(GRANDCHILD)).isTrue();
        assertThat(secretary.canRestructure(PREFIX_SIBLING)).isFalse();
        assertThat(secretary.canRestructure(PARENT)).isFalse();
    }

    @Test
    @DisplayName("S2 staff and admins restructure any organization")
    void staffRestructures() {
        assertThat(staff.canRestructure(OWN)).isTrue();
        assertThat(staff.canRestructure(PARENT)).isTrue();
        assertThat(admin.canRestructure(OWN)).isTrue();
    }

    @Test
    @DisplayName("S1 reference data is written by staff and admins only")
    void referenceWrite() {
        assertThat(secretary.canWriteReferenceData()).isFalse();
        assertThat(staff.canWriteReferenceData()).isTrue();
        assertThat(admin.canWriteReferenceData()).isTrue();
        assertThatThrownBy(secretary::requireReferenceWrite).isInstanceOf(ForbiddenException.class);
        assertThatCode(staff::requireReferenceWrite).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("S3 outside the scope the require* checks refuse with 403")
    void requireOutsideScope() {
        assertThatThrownBy(() -> secretary.requireRead(PREFIX_SIBLING))
                .isInstanceOf(ForbiddenException.class)
                .satisfies(e -> assertThat(((ForbiddenException) e).status()).isEqualTo(403));
        assertThatThrownBy(() -> secretary.requireWrite(PARENT)).isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> secretary.requireRead(CHILD)).doesNotThrowAnyException();
        assertThatCode(() -> secretary.requireWrite(OWN)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("S1 only admins pass requireAdmin")
    void requireAdmin() {
        assertThat(admin.isAdmin()).isTrue();
        assertThat(staff.isAdmin()).isFalse();
        assertThatCode(admin::requireAdmin).doesNotThrowAnyException();
        assertThatThrownBy(staff::requireAdmin).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(secretary::requireAdmin).isInstanceOf(ForbiddenException.class);
    }
}
