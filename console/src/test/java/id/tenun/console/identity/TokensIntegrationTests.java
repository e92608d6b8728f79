package id.tenun.console.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.TestPropertySource;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/** The tokens the console signs for people: what they claim, and that its JWKS verifies them. */
@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
class TokensIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserRegistration registration;

    ConsoleUsers users;

    @BeforeEach
    void setUp() {
        users = new ConsoleUsers(registration);
    }

    @Test
    void givesEachRoleTheClaimsTheServicesRead() {
        User member = users.with(Role.GROUP_MEMBER, "kopi-bajawa", Set.of());
        User mentor = users.with(Role.MENTOR, null, Set.of("tenun-ende", "kopi-bajawa"));
        User staff = users.with(Role.STAFF, null, Set.of());
        User admin = users.with(Role.ADMIN, null, Set.of());

        assertClaims(tokenOf(member), member, List.of("GROUP_MEMBER"), List.of("kopi-bajawa"));
        assertClaims(tokenOf(mentor), mentor, List.of("MENTOR"), List.of("kopi-bajawa", "tenun-ende"));
        assertClaims(tokenOf(staff), staff, List.of("STAFF"), List.of());
        assertClaims(tokenOf(admin), admin, List.of("ADMIN"), List.of());

        CurrentUser asServicesSeeIt = CurrentUser.from(verified(tokenOf(mentor)));
        assertThat(asServicesSeeIt.mayActFor("tenun-ende")).isTrue();
        assertThat(asServicesSeeIt.mayActFor("garam-kupang")).isFalse();
    }

    @Test
    void publishesOnlyPublicKeysAndOpenIdDiscovery() {
        String jwks = new Browser(port).get("/oauth2/jwks").body();
        assertThat(jwks).contains("\"kty\":\"RSA\"", "\"kid\"").doesNotContain("\"d\":", "\"p\":", "\"q\":");
        HttpResponse<String> discovery = new Browser(port).get("/.well-known/openid-configuration");
        assertThat(Browser.json(discovery).path("issuer").asString()).isEqualTo("http://localhost:8080");
        assertThat(Browser.json(discovery).path("jwks_uri").asString()).isEqualTo("http://localhost:8080/oauth2/jwks");
    }

    @Test
    void sendsTheCommandLineClientsCodeToAnyLoopbackPortButNowhereElse() {
        User staff = users.with(Role.STAFF, null, Set.of());
        Browser browser = new Browser(port);
        browser.signIn(staff.email(), ConsoleUsers.PASSWORD);
        assertThat(verified(browser.cliAccessToken("http://127.0.0.1:53682/callback")).getSubject())
                .isEqualTo(staff.id());
        assertThat(browser.get("/oauth2/authorize?response_type=code&client_id=tenun-cli&scope=openid&state=s"
                + "&redirect_uri=http%3A%2F%2Fevil.example%2Fcallback&code_challenge=abc&code_challenge_method=S256")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void refusesTheConsoleApiToTokensOfAnotherIssuer() {
        Browser browser = new Browser(port);
        assertThat(browser.bearer("POST", "/api/admin/signing-keys/rotate", TestTokens.admin()).statusCode())
                .isEqualTo(401);
    }

    private String tokenOf(User user) {
        return new Browser(port).accessTokenOf(user);
    }

    private void assertClaims(String token, User user, List<String> roles, List<String> groups) {
        Jwt jwt = verified(token);
        assertThat(jwt.getSubject()).isEqualTo(user.id());
        assertThat(jwt.getIssuer()).hasToString("http://localhost:8080");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactlyElementsOf(roles);
        assertThat(jwt.getClaimAsStringList("groups")).containsExactlyElementsOf(groups);
        assertThat(jwt.getExpiresAt()).isNotNull();
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
    }

    private Jwt verified(String token) {
        return new Browser(port).verified(token);
    }

    @Test
    void signsWithAKeyNamedInTheHeader() throws ParseException {
        String token = tokenOf(users.with(Role.STAFF, null, Set.of()));
        assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isNotBlank();
        assertThatThrownBy(() -> verified(TestTokens.signedByStranger("x", List.of("ADMIN"))))
                .isInstanceOf(RuntimeException.class);
    }
}
