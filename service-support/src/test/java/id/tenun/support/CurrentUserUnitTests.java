package id.tenun.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import id.tenun.support.problems.Forbidden;
import id.tenun.support.problems.NotFound;
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

    @Test
    void hidesAnotherGroupsResourceAsIfItDidNotExist() {
        CurrentUser mentor = CurrentUser.from(jwt(Map.of("roles", List.of("MENTOR"), "groups", List.of("g-1"))));
        mentor.requireGroup("g-1", "Product", "prd-1");
        assertThatThrownBy(() -> mentor.requireGroup("g-2", "Product", "prd-2")).isInstanceOf(NotFound.class)
                .hasMessage("Product 'prd-2' was not found");
        assertThatThrownBy(() -> mentor.requireAnyGroup(List.of(), "Order", "o-1")).isInstanceOf(NotFound.class);
        mentor.requireAnyGroup(List.of("g-2", "g-1"), "Order", "o-2");
    }

    @Test
    void refusesWith403AnActionTheRoleNeverTakes() {
        CurrentUser member = CurrentUser.from(jwt(Map.of("roles", List.of("GROUP_MEMBER"), "groups", List.of("g-1"))));
        assertThatThrownBy(() -> member.requireStaff("register groups")).isInstanceOf(Forbidden.class)
                .hasMessage("Your role may not register groups.");
        CurrentUser.from(jwt(Map.of("roles", List.of("STAFF")))).requireStaff("register groups");
    }

    @Test
    void readsAScriptClientsScopeAsTextOrList() {
        CurrentUser text = CurrentUser.from(jwt(Map.of("scope", "openid sales.read")));
        CurrentUser list = CurrentUser.from(jwt(Map.of("scope", List.of("sales.read"))));
        assertThat(text.scopes()).containsExactlyInAnyOrder("openid", "sales.read");
        assertThat(list.hasScope(CurrentUser.SALES_READ)).isTrue();
        assertThat(text.isPerson()).isFalse();
    }

    @Test
    void letsAScriptClientReadEveryGroupOnlyWhereItsScopeCounts() {
        CurrentUser script = CurrentUser.from(jwt(Map.of("scope", "sales.read")));
        assertThat(script.visibleGroups(CurrentUser.SALES_READ)).isNull();
        assertThatThrownBy(script::visibleGroups).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> script.requireGroup("g-1", "Product", "prd-1")).isInstanceOf(Forbidden.class);
        CurrentUser member = CurrentUser.from(jwt(Map.of("roles", List.of("GROUP_MEMBER"), "groups", List.of("g-1"),
                "scope", "sales.read")));
        assertThat(member.visibleGroups(CurrentUser.SALES_READ)).containsExactly("g-1");
    }
}
