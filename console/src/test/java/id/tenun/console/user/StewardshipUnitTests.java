package id.tenun.console.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

class StewardshipUnitTests {

    @Test
    void letsAdminsLookAfterEveryAccount() {
        for (Role role : Role.values()) {
            assertThat(Stewardship.looksAfter(caller(Role.ADMIN), role)).as(role.name()).isTrue();
        }
    }

    @Test
    void letsStaffLookAfterMentorsAndMembersOnly() {
        CurrentUser staff = caller(Role.STAFF);
        assertThat(Stewardship.looksAfter(staff, Role.MENTOR)).isTrue();
        assertThat(Stewardship.looksAfter(staff, Role.GROUP_MEMBER)).isTrue();
        assertThat(Stewardship.looksAfter(staff, Role.STAFF)).isFalse();
        assertThat(Stewardship.looksAfter(staff, Role.ADMIN)).isFalse();
        assertThat(Stewardship.rolesLookedAfter(staff)).containsExactly(Role.MENTOR, Role.GROUP_MEMBER);
        assertThat(Stewardship.rolesLookedAfter(caller(Role.ADMIN))).containsExactly(Role.values());
    }

    @Test
    void letsMentorsAndMembersLookAfterNoAccount() {
        for (Role role : Role.values()) {
            assertThat(Stewardship.looksAfter(caller(Role.MENTOR), role)).isFalse();
            assertThat(Stewardship.looksAfter(caller(Role.GROUP_MEMBER), role)).isFalse();
        }
        assertThat(Stewardship.isSteward(caller(Role.MENTOR))).isFalse();
        assertThat(Stewardship.isSteward(caller(Role.STAFF))).isTrue();
    }

    private static CurrentUser caller(Role role) {
        return new CurrentUser("u1", Set.of(role), Set.of());
    }
}
