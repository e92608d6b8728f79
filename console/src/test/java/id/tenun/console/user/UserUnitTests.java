package id.tenun.console.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.tenun.support.security.Role;

class UserUnitTests {

    @Test
    void claimsTheOneGroupOfAMember() {
        assertThat(user(Role.GROUP_MEMBER, "kopi-bajawa", Set.of()).groupsClaim()).containsExactly("kopi-bajawa");
    }

    @Test
    void claimsTheAssignedGroupsOfAMentorInOrder() {
        assertThat(user(Role.MENTOR, null, Set.of("tenun-ende", "kopi-bajawa")).groupsClaim())
                .containsExactly("kopi-bajawa", "tenun-ende");
    }

    @Test
    void claimsNoGroupForStaffAndAdmins() {
        assertThat(user(Role.STAFF, null, Set.of()).groupsClaim()).isEmpty();
        assertThat(user(Role.ADMIN, null, Set.of()).rolesClaim()).containsExactly("ADMIN");
    }

    @Test
    void refusesAMemberWithoutAGroupAndGroupsForAnyoneButAMentor() {
        assertThatThrownBy(() -> user(Role.GROUP_MEMBER, null, Set.of())).hasMessageContaining("one group");
        assertThatThrownBy(() -> user(Role.STAFF, "kopi-bajawa", Set.of())).hasMessageContaining("one group");
        assertThatThrownBy(() -> user(Role.STAFF, null, Set.of("kopi-bajawa"))).hasMessageContaining("mentor");
    }

    @Test
    void keepsThePasswordHashOutOfItsText() {
        assertThat(user(Role.STAFF, null, Set.of()).toString()).doesNotContain("{bcrypt}");
    }

    @Test
    void storesEmailInLowerCase() {
        assertThat(EmailAddress.parse("  Siti@DPMD.NTTProv.go.id ").value()).isEqualTo("siti@dpmd.nttprov.go.id");
        assertThatThrownBy(() -> EmailAddress.parse("siti at dpmd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static User user(Role role, String groupId, Set<String> mentorGroupIds) {
        return new User("u1", "Siti", "+6281234567890", null, "{bcrypt}$2a$10$hash", role, groupId, mentorGroupIds,
                true, Instant.parse("2026-01-01T00:00:00Z"), null);
    }
}
