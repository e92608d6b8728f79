package id.tenun.console;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.access.AccessMatrix;
import id.tenun.testsupport.access.AccessMatrix.Rule;
import id.tenun.testsupport.access.AccessRequest;
import id.tenun.testsupport.access.AccessWalker;
import id.tenun.testsupport.access.Caller;

/**
 * The console's bearer API answers every caller as its access matrix says, and has no endpoint without a rule. The
 * callers are users the console signed in and a script client it registered: it signs its own tokens and reads the
 * user behind one on every call, so tokens minted elsewhere would prove nothing.
 */
@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
class AccessMatrixIntegrationTests {

    private static final AccessMatrix MATRIX = AccessMatrix.read("/access-matrix.csv");
    private static final String GROUP = "grp-matriks-konsol";
    private static final String OTHER = "grp-matriks-lain";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserRegistration registration;

    ConsoleUsers users;
    Browser browser;
    String admin;
    Map<Caller, String> tokens;

    @BeforeEach
    void signInEveryCaller() {
        users = new ConsoleUsers(registration);
        browser = new Browser(port);
        admin = tokenOf(users.with(Role.ADMIN, null, Set.of()));
        tokens = new EnumMap<>(Caller.class);
        tokens.put(Caller.ADMIN, admin);
        tokens.put(Caller.STAFF, tokenOf(users.with(Role.STAFF, null, Set.of())));
        tokens.put(Caller.MENTOR_ASSIGNED, tokenOf(users.with(Role.MENTOR, null, Set.of(GROUP))));
        tokens.put(Caller.MENTOR_OTHER, tokenOf(users.with(Role.MENTOR, null, Set.of(OTHER))));
        tokens.put(Caller.MEMBER_OWN, tokenOf(users.with(Role.GROUP_MEMBER, GROUP, Set.of())));
        tokens.put(Caller.MEMBER_OTHER, tokenOf(users.with(Role.GROUP_MEMBER, OTHER, Set.of())));
        String[] script = scriptClient();
        tokens.put(Caller.SCRIPT, Browser.json(browser.clientCredentials(script[0], script[1], "sales.read"))
                .path("access_token").asString());
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        walker().assertEveryEndpointHasARule();
    }

    @Test
    void answersEveryCallerAsTheMatrixSays() {
        walker().walk(GROUP, OTHER, this::request);
    }

    private AccessWalker walker() {
        return new AccessWalker(MATRIX, context, port).over("/api/", (caller, group, other) -> tokens.get(caller));
    }

    /** Each call acts on a member of the group made for it, and a revocation on a link or client of its own. */
    private AccessRequest request(Rule rule, Caller caller) {
        return switch (rule.key()) {
            case "POST /api/invitations" -> AccessRequest.json(rule.path(), "{\"name\":\"Maria Goreti\",\"phone\":\""
                    + ConsoleUsers.newPhone().e164() + "\",\"role\":\"GROUP_MEMBER\",\"groupId\":\"" + GROUP + "\"}");
            case "DELETE /api/invitations/{id}" -> AccessRequest.to(rule.path().replace("{id}", invitation()));
            case "PUT /api/users/{id}/access" -> AccessRequest.json(rule.path().replace("{id}", member()),
                    "{\"role\":\"GROUP_MEMBER\",\"groupId\":\"" + OTHER + "\"}");
            case "POST /api/admin/script-clients" ->
                AccessRequest.json(rule.path(), "{\"name\":\"Matriks\",\"scopes\":[\"sales.read\"]}");
            case "DELETE /api/admin/script-clients/{clientId}" ->
                AccessRequest.to(rule.path().replace("{clientId}", scriptClient()[0]));
            default -> AccessRequest.to(rule.path().contains("{id}")
                    ? rule.path().replace("{id}", member())
                    : rule.path());
        };
    }

    private String member() {
        return users.with(Role.GROUP_MEMBER, GROUP, Set.of()).id();
    }

    /** A new invitation's id: the answer to an invitation carries only its link, the list (newest first) its id. */
    private String invitation() {
        browser.postJson("/api/invitations", admin, "{\"name\":\"Yosefina\",\"phone\":\""
                + ConsoleUsers.newPhone().e164() + "\",\"role\":\"GROUP_MEMBER\",\"groupId\":\"" + GROUP + "\"}");
        return Browser.json(browser.bearer("GET", "/api/invitations?size=1", admin)).path("items").get(0)
                .path("id").asString();
    }

    /** A script client of its own: its id and its secret. */
    private String[] scriptClient() {
        var registered = Browser.json(browser.postJson("/api/admin/script-clients", admin,
                "{\"name\":\"Matriks\",\"scopes\":[\"sales.read\"]}"));
        return new String[]{registered.path("clientId").asString(), registered.path("clientSecret").asString()};
    }

    private String tokenOf(User user) {
        return new Browser(port).accessTokenOf(user);
    }
}
