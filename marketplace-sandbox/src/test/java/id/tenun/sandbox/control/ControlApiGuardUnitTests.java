package id.tenun.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The control API answers this machine only, unless told otherwise; reading and the marketplaces' APIs stay open. */
class ControlApiGuardUnitTests {

    @Test
    void refusesAControlCallFromAnotherMachineWithAProblem() throws Exception {
        MockHttpServletResponse response = call(false, "POST", "/sandbox/buyers/orders", "203.0.113.9");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":403").contains("sandbox.control.allow-remote");
    }

    @Test
    void guardsTheControlApiHoweverItsAddressIsSpelled() throws Exception {
        for (String path : List.of("/%73andbox/buyers/orders", "/sandbox;x=1/buyers/orders", "//sandbox/buyers/orders",
                "/sandbox/%62uyers/orders")) {
            assertThat(call(false, "POST", path, "203.0.113.9").getStatus()).as(path).isEqualTo(403);
        }
    }

    @Test
    void letsThisMachineDriveItOverIpv4AndIpv6() throws Exception {
        assertThat(call(false, "PUT", "/sandbox/faults/shopee", "127.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call(false, "DELETE", "/sandbox/faults", "0:0:0:0:0:0:0:1").getStatus()).isEqualTo(200);
    }

    @Test
    void leavesReadingTheMarketplacesApisAndAnAllowedRemoteAlone() throws Exception {
        assertThat(call(false, "GET", "/sandbox/listings", "203.0.113.9").getStatus()).isEqualTo(200);
        assertThat(call(false, "POST", "/lazada/rest/product/create", "203.0.113.9").getStatus()).isEqualTo(200);
        assertThat(call(true, "POST", "/sandbox/buyers/orders", "203.0.113.9").getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse call(boolean allowRemote, String method, String path, String from)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(from);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ControlApiGuard(new ControlSettings(allowRemote)).doFilter(request, response, new MockFilterChain());
        return response;
    }
}
