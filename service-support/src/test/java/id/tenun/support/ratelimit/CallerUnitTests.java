package id.tenun.support.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class CallerUnitTests {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void knowsAScriptByItsClientAndAPersonByClientAndSubject() {
        signIn(Map.of("sub", "script-ab12", "client_id", "script-ab12"));
        assertThat(Caller.of(request("/api/sales"))).isEqualTo(new Caller(Caller.TOKEN, "script-ab12 script-ab12"));
        signIn(Map.of("sub", "user-1", "azp", "tenun-cli", "client_id", "ignored"));
        assertThat(Caller.of(request("/api/sales"))).isEqualTo(new Caller(Caller.TOKEN, "tenun-cli user-1"));
        signIn(Map.of("sub", "staff-1"));
        assertThat(Caller.of(request("/api/sales"))).isEqualTo(new Caller(Caller.TOKEN, " staff-1"));
    }

    @Test
    void knowsAnyoneElseByAddressAndWebhooksApartFromOtherCallsOfTheirAddress() {
        assertThat(Caller.of(request("/login"))).isEqualTo(new Caller(Caller.ADDRESS, "10.0.0.7"));
        signIn(Map.of("sub", "user-1"));
        assertThat(Caller.of(request("/webhooks/shopee"))).isEqualTo(new Caller(Caller.WEBHOOK, "10.0.0.7"));
    }

    private static void signIn(Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claims(all -> all.putAll(claims))
                .issuedAt(Instant.now()).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr("10.0.0.7");
        return request;
    }
}
