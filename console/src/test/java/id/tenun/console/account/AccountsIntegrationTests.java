package id.tenun.console.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URI;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;

/** Staff and admins look after accounts: password resets, disabling, role and group changes, lists and the record. */
@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
class AccountsIntegrationTests {

    static final String NEW_PASSWORD = "songket-baru-2026";

    @LocalServerPort
    int port;

    @Autowired
    UserRegistration registration;

    @Autowired
    MongoTemplate mongo;

    ConsoleUsers users;
    User staffUser;
    String staff;
    String admin;
    User member;

    @BeforeEach
    void staffAdminAndAMember() {
        users = new ConsoleUsers(registration);
        staffUser = users.with(Role.STAFF, null, Set.of());
        staff = new Browser(port).accessTokenOf(staffUser);
        admin = new Browser(port).accessTokenOf(users.with(Role.ADMIN, null, Set.of()));
        member = users.with(Role.GROUP_MEMBER, "kopi-bajawa", Set.of());
    }

    @Test
    void resetsAPasswordSoThatTheOldOneIsRefusedAndTheNewOneWorks() {
        Browser before = new Browser(port);
        before.signIn(member.email(), ConsoleUsers.PASSWORD);
        String link = resetLink(staff, member);
        Browser person = new Browser(port);
        assertThat(person.get(link).body()).contains("Buat kata sandi baru", "Halo, Pengguna GROUP_MEMBER.",
                "kata sandi lama tidak berlaku lagi");
        assertThat(new Browser(port).get(link + "?lang=en").body()).contains("Set a new password");

        HttpResponse<String> saved = person.submit(link, link, Map.of("password", NEW_PASSWORD, "repeated",
                NEW_PASSWORD));
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(
                "/login?welcome"));

        assertThat(new Browser(port).signIn(member.email(), ConsoleUsers.PASSWORD).headers().firstValue("Location"))
                .as("the old password").hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        Browser signedIn = new Browser(port);
        signedIn.signIn(member.phone(), NEW_PASSWORD);
        assertThat(signedIn.get("/akun").statusCode()).isEqualTo(200);
        assertThat(signedIn.get("/akun").statusCode()).as("and stays signed in").isEqualTo(200);

        HttpResponse<String> ended = before.get("/akun");
        assertThat(ended.headers().firstValue("Location")).as("a session from before the reset ends")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?passwordChanged"));
        assertThat(before.get("/login?passwordChanged").body()).contains("Kata sandi akun ini sudah diganti.");
    }

    @Test
    void refusesAResetLinkUsedTwice() {
        String link = resetLink(staff, member);
        Browser person = new Browser(port);
        String form = person.get(link).body();
        person.post(link, Map.of("password", NEW_PASSWORD, "repeated", NEW_PASSWORD, "_csrf",
                Browser.csrfToken(form)));

        assertThat(person.get(link).statusCode()).isEqualTo(410);
        assertThat(person.post(link, Map.of("password", "lain-lagi-123", "repeated", "lain-lagi-123", "_csrf",
                Browser.csrfToken(form))).statusCode()).isEqualTo(410);
        new Browser(port).signIn(member.email(), "lain-lagi-123");
        Browser signedIn = new Browser(port);
        signedIn.signIn(member.email(), NEW_PASSWORD);
        assertThat(signedIn.get("/akun").statusCode()).as("the first use stands").isEqualTo(200);
    }

    @Test
    void refusesAnExpiredResetLinkAndKeepsTheOldPassword() {
        String link = resetLink(staff, member);
        mongo.updateMulti(query(where("userId").is(member.id())),
                Update.update("expiresAt", Instant.now().minusSeconds(1)), "invitations");
        assertThat(new Browser(port).get(link).statusCode()).isEqualTo(410);
        Browser signedIn = new Browser(port);
        signedIn.signIn(member.email(), ConsoleUsers.PASSWORD);
        assertThat(signedIn.get("/akun").statusCode()).isEqualTo(200);
    }

    @Test
    void letsStaffResetMembersAndMentorsButOnlyAdminsResetStaff() {
        User otherStaff = users.with(Role.STAFF, null, Set.of());
        assertThat(reset(staff, otherStaff).statusCode()).isEqualTo(403);
        assertThat(reset(admin, otherStaff).statusCode()).isEqualTo(201);
        assertThat(reset(staff, users.with(Role.MENTOR, null, Set.of("kopi-bajawa"))).statusCode()).isEqualTo(201);
        String memberToken = new Browser(port).accessTokenOf(member);
        assertThat(reset(memberToken, users.with(Role.GROUP_MEMBER, "kopi-bajawa", Set.of())).statusCode())
                .isEqualTo(403);
        assertThat(new Browser(port).postJson("/api/users/nobody/password-reset", staff, "").statusCode())
                .isEqualTo(404);
    }

    @Test
    void refusesADisabledUserAtSignInWithTheMessageAndGivesThemNoToken() {
        Browser before = new Browser(port);
        before.signIn(member.email(), ConsoleUsers.PASSWORD);

        HttpResponse<String> disabled = new Browser(port).postJson("/api/users/" + member.id() + "/disable", staff,
                "");
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(Browser.json(disabled).path("active").asBoolean()).isFalse();

        Browser browser = new Browser(port);
        assertThat(browser.signIn(member.email(), ConsoleUsers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?disabled"));
        assertThat(browser.get("/login?disabled").body()).contains("Akun ini dinonaktifkan");
        assertThat(browser.get("/login?disabled&lang=en").body()).contains("This account is disabled");

        HttpResponse<String> refused = before.cliTokenResponse(Browser.CLI_REDIRECT);
        assertThat(refused.statusCode()).as("a session from before gets no token").isEqualTo(400);
        assertThat(Browser.json(refused).path("error").asString()).isEqualTo("invalid_grant");

        new Browser(port).postJson("/api/users/" + member.id() + "/enable", staff, "");
        assertThat(new Browser(port).accessTokenOf(member)).isNotBlank();
    }

    @Test
    void endsTheOpenSessionOfADisabledUserAtTheirNextRequest() {
        Browser browser = new Browser(port);
        browser.signIn(member.email(), ConsoleUsers.PASSWORD);
        assertThat(browser.get("/akun").statusCode()).isEqualTo(200);

        new Browser(port).postJson("/api/users/" + member.id() + "/disable", admin, "");

        HttpResponse<String> next = browser.get("/akun");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(
                "/login?disabled"));
        assertThat(browser.get("/akun").headers().firstValue("Location")).as("the session is gone")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void refusesTheConsoleApiToADisabledStaffMembersTokenStillAlive() {
        new Browser(port).postJson("/api/users/" + staffUser.id() + "/disable", admin, "");
        HttpResponse<String> refused = new Browser(port).postJson("/api/users/" + member.id() + "/disable", staff,
                "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("disabled");
        assertThat(new Browser(port).bearer("GET", "/api/users", staff).statusCode()).isEqualTo(403);
    }

    @Test
    void letsNobodyDisableThemselvesAndStaffNoStaff() {
        assertThat(new Browser(port).postJson("/api/users/" + staffUser.id() + "/disable", staff, "").statusCode())
                .isEqualTo(403);
        User otherStaff = users.with(Role.STAFF, null, Set.of());
        assertThat(new Browser(port).postJson("/api/users/" + otherStaff.id() + "/disable", staff, "").statusCode())
                .isEqualTo(403);
        assertThat(new Browser(port).postJson("/api/users/" + otherStaff.id() + "/disable", admin, "").statusCode())
                .isEqualTo(200);
    }

    @Test
    void putsANewRoleAndGroupsIntoTheNextToken() throws ParseException {
        HttpResponse<String> changed = access(staff, member, "{\"role\":\"MENTOR\","
                + "\"mentorGroupIds\":[\"tenun-ende\",\"kopi-bajawa\"]}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        JWTClaimsSet claims = SignedJWT.parse(new Browser(port).accessTokenOf(member)).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("MENTOR");
        assertThat(claims.getStringListClaim("groups")).containsExactly("kopi-bajawa", "tenun-ende");

        access(staff, member, "{\"role\":\"GROUP_MEMBER\",\"groupId\":\"garam-kupang\"}");
        claims = SignedJWT.parse(new Browser(port).accessTokenOf(member)).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("groups")).containsExactly("garam-kupang");
    }

    @Test
    void letsOnlyAdminsMakeStaff() {
        assertThat(access(staff, member, "{\"role\":\"STAFF\"}").statusCode()).isEqualTo(403);
        User mentor = users.with(Role.MENTOR, null, Set.of("kopi-bajawa"));
        assertThat(access(staff, users.with(Role.STAFF, null, Set.of()), "{\"role\":\"MENTOR\"}").statusCode())
                .as("nor unmake them").isEqualTo(403);
        assertThat(access(admin, mentor, "{\"role\":\"STAFF\"}").statusCode()).isEqualTo(200);
        assertThat(access(staff, staffUser, "{\"role\":\"ADMIN\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesGroupsThatDoNotFitTheRoleNamingTheField() {
        HttpResponse<String> refused = access(staff, member, "{\"role\":\"GROUP_MEMBER\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Browser.json(refused).path("errors").get(0).path("field").asString()).isEqualTo("groupId");
        assertThat(access(staff, member, "{\"role\":\"MENTOR\",\"groupId\":\"kopi-bajawa\"}").statusCode())
                .isEqualTo(400);
        assertThat(access(staff, member, "{\"groupId\":\"kopi-bajawa\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void listsUsersByRoleAndTextForStaffAndAdminsOnly() {
        User mentor = users.with(Role.MENTOR, null, Set.of("kopi-bajawa"));
        JsonNode mentors = Browser.json(new Browser(port).bearer("GET", "/api/users?role=MENTOR&size=200", staff));
        assertThat(ids(mentors.path("items"))).contains(mentor.id()).doesNotContain(member.id());
        assertThat(mentors.path("items").get(0).has("passwordHash")).isFalse();

        String local = "0" + member.phone().substring(3, 13);
        JsonNode found = Browser.json(new Browser(port).bearer("GET", "/api/users?q=" + local, admin));
        assertThat(ids(found.path("items"))).containsExactly(member.id());
        assertThat(found.path("total").asLong()).isEqualTo(1);

        assertThat(new Browser(port).bearer("GET", "/api/users?size=1000", staff).statusCode()).isEqualTo(400);
        String memberToken = new Browser(port).accessTokenOf(member);
        assertThat(new Browser(port).bearer("GET", "/api/users", memberToken).statusCode()).isEqualTo(403);
    }

    @Test
    void listsInvitationsAndRevokesAnOpenOne() {
        String link = resetLink(staff, member);
        JsonNode listed = Browser.json(new Browser(port).bearer("GET", "/api/invitations?size=200", staff));
        JsonNode reset = null;
        for (JsonNode invitation : listed.path("items")) {
            if (member.id().equals(invitation.path("userId").asString())) {
                reset = invitation;
            }
        }
        assertThat(reset).isNotNull();
        assertThat(reset.path("kind").asString()).isEqualTo("RESET");
        assertThat(reset.path("state").asString()).isEqualTo("OPEN");
        assertThat(reset.has("tokenHash")).isFalse();

        String id = reset.path("id").asString();
        assertThat(new Browser(port).bearer("DELETE", "/api/invitations/" + id, staff).statusCode()).isEqualTo(204);
        assertThat(new Browser(port).get(link).statusCode()).isEqualTo(410);
        assertThat(new Browser(port).bearer("DELETE", "/api/invitations/unknown", staff).statusCode()).isEqualTo(404);
        String memberToken = new Browser(port).accessTokenOf(member);
        assertThat(new Browser(port).bearer("GET", "/api/invitations", memberToken).statusCode()).isEqualTo(403);
    }

    @Test
    void recordsEveryChangeForAdminsWithoutAnyLink() {
        String link = resetLink(staff, member);
        new Browser(port).postJson("/api/users/" + member.id() + "/disable", staff, "");
        new Browser(port).postJson("/api/users/" + member.id() + "/enable", staff, "");
        access(staff, member, "{\"role\":\"GROUP_MEMBER\",\"groupId\":\"garam-kupang\"}");

        HttpResponse<String> answer = new Browser(port).bearer("GET", "/api/admin/account-records?userId="
                + member.id(), admin);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(answer.body()).doesNotContain(token, ConsoleUsers.PASSWORD);
        List<String> actions = new ArrayList<>();
        for (JsonNode record : Browser.json(answer)) {
            actions.add(record.path("action").asString());
            assertThat(record.path("actorId").asString()).isEqualTo(staffUser.id());
            assertThat(record.path("address").asString()).isEqualTo("127.0.0.1");
            if ("ACCESS_CHANGED".equals(record.path("action").asString())) {
                assertThat(record.path("detail").asString())
                        .isEqualTo("GROUP_MEMBER kopi-bajawa -> GROUP_MEMBER garam-kupang");
            }
        }
        assertThat(actions).containsExactlyInAnyOrder("ACCESS_CHANGED", "ENABLED", "DISABLED", "RESET_ISSUED");
        assertThat(new Browser(port).bearer("GET", "/api/admin/account-records", staff).statusCode())
                .isEqualTo(403);
    }

    private String resetLink(String token, User user) {
        HttpResponse<String> reset = reset(token, user);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(201);
        String link = Browser.json(reset).path("link").asString();
        assertThat(link).startsWith("http://localhost:8080/invitations/");
        return URI.create(link).getPath();
    }

    private HttpResponse<String> reset(String token, User user) {
        return new Browser(port).postJson("/api/users/" + user.id() + "/password-reset", token, "");
    }

    private HttpResponse<String> access(String token, User user, String json) {
        return new Browser(port).sendJson("PUT", "/api/users/" + user.id() + "/access", token, json);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
