package id.tenun.console.signingkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;

/**
 * A key rotated away and no longer kept ({@code retain-after-rotation} past) leaves the JWKS, and the tokens it
 * signed are refused: by the console's own API here, and by every service, which verify against the same JWKS.
 */
@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties", properties = "tenun.console.signing-keys.retain-after-rotation=0s")
class RotatedAwayKeyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserRegistration registration;

    @Test
    void refusesATokenOfAKeyRotatedAwayOnceItIsNoLongerKept() throws ParseException {
        ConsoleUsers users = new ConsoleUsers(registration);
        Browser api = new Browser(port);
        String before = api.accessTokenOf(users.with(Role.ADMIN, null, Set.of()));
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        assertThat(api.bearer("POST", "/api/admin/signing-keys/rotate", before).statusCode()).isEqualTo(200);

        assertThat(JWKSet.parse(new Browser(port).get("/oauth2/jwks").body()).getKeyByKeyId(oldKid))
                .as("the old key, kept for no time").isNull();
        assertThat(api.bearer("GET", "/api/admin/account-records", before).statusCode()).isEqualTo(401);
        String after = new Browser(port).accessTokenOf(users.with(Role.ADMIN, null, Set.of()));
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isNotEqualTo(oldKid);
        assertThat(api.bearer("GET", "/api/admin/account-records", after).statusCode()).isEqualTo(200);
    }
}
