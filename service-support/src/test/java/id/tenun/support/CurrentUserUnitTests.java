package id.tenun.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

class CurrentUserUnitTests {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("u-1")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void readsRolesAndGroupsFromTheClaims() {
        CurrentUser user = CurrentUser.from(jwt(Map.of("roles", List.of("MENTOR"), "groups", List.of("g-1", "g-2"))));
        assertThat(user.roles()).containsExactly(Role.MENTOR);
        assertThat(user.groups()).containsExactlyInAnyOrder("g-1", "g-2");
    }

    @Test
    void ignoresUnknownRoleNames() {
        CurrentUser user = CurrentUser.from(jwt(Map.of("roles", List.of("SUPERUSER", "group_member"))));
        assertThat(user.roles()).containsExactly(Role.GROUP_MEMBER);
    }

    @Test
    void staffAndAdminActForEveryGroup() {
        assertThat(CurrentUser.from(jwt(Map.of("roles", List.of("STAFF")))).mayActFor("any")).isTrue();
        assertThat(CurrentUser.from(jwt(Map.of("roles", List.of("ADMIN")))).mayActFor("any")).isTrue();
    }

    @Test
    void mentorsAndMembersActOnlyForTheirGroups() {
        CurrentUser member = CurrentUser.from(jwt(Map.of("roles", List.of("GROUP_MEMBER"), "groups", List.of("g-1"))));
        assertThat(member.mayActFor("g-1")).isTrue();
        assertThat(member.mayActFor("g-2")).isFalse();
        assertThat(member.mayActFor(null)).isFalse();
    }

    @Test
    void aTokenWithGroupsButNoRoleActsForNobody() {
        CurrentUser user = CurrentUser.from(jwt(Map.of("groups", List.of("g-1"))));
        assertThat(user.mayActFor("g-1")).isFalse();
    }
}
