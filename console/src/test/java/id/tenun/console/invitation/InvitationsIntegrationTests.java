package id.tenun.console.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.audit.Actor;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.problems.Forbidden;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;

@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
class InvitationsIntegrationTests {

    static final String PASSWORD = "tenun-ikat-sikka";

    @LocalServerPort
    int port;

    @Autowired
    UserRegistration registration;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    InvitationDesk desk;

    ConsoleUsers users;
    String staff;
    String admin;
    String phone;

    @BeforeEach
    void staffAndAdmin() {
        users = new ConsoleUsers(registration);
        staff = new Browser(port).accessTokenOf(users.with(Role.STAFF, null, Set.of()));
        admin = new Browser(port).accessTokenOf(users.with(Role.ADMIN, null, Set.of()));
        phone = "0" + ConsoleUsers.newPhone().e164().substring(3);
    }

    @Test
    void letsTheInvitedPersonSetTheirPasswordOnceAndSignIn() {
        String link = invite(staff, "GROUP_MEMBER", "\"groupId\":\"kopi-bajawa\"");
        Browser person = new Browser(port);
        assertThat(person.get(link).body()).contains("Selamat datang, Maria Goreti.", "Anggota kelompok");

        assertThat(person.submit(link, link, Map.of("password", PASSWORD, "repeated", "lain-sekali")).body())
                .contains("Kedua kata sandi tidak sama.");
        assertThat(person.submit(link, link, Map.of("password", "pendek", "repeated", "pendek")).body())
                .contains("Kata sandi terlalu pendek");
        HttpResponse<String> accepted = person.submit(link, link, Map.of("password", PASSWORD, "repeated", PASSWORD));
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(
                "/login?welcome"));
        assertThat(person.get("/login?welcome").body()).contains("Kata sandi Anda tersimpan.");

        person.signIn(phone, PASSWORD);
        assertThat(person.get("/akun").body()).contains("Halo, Maria Goreti.");
        assertThat(new Browser(port).accessTokenOf(phone, PASSWORD)).isNotBlank();
    }

    @Test
    void listsAGroupsOpenInvitationsOfMembersAndMentorsUntilOneIsWithdrawnOrUsed() {
        String group = "grp-open-" + UUID.randomUUID();
        User by = users.with(Role.STAFF, null, Set.of());
        Actor actor = new Actor(by.caller(), "127.0.0.1");
        desk.invite(new InviteUser("Mama Yuliana", phone, null, Role.GROUP_MEMBER, group, null), actor);
        String mentorPhone = "0" + ConsoleUsers.newPhone().e164().substring(3);
        desk.invite(new InviteUser("Pak Yohanes", mentorPhone, null, Role.MENTOR, null, Set.of(group, "grp-x")),
                actor);
        desk.invite(new InviteUser("Anggota Lain", "0" + ConsoleUsers.newPhone().e164().substring(3), null,
                Role.GROUP_MEMBER, "grp-elsewhere", null), actor);

        List<InvitationView> open = desk.openFor(group, by.caller());

        assertThat(open).extracting(InvitationView::name).containsExactlyInAnyOrder("Mama Yuliana", "Pak Yohanes");
        assertThat(open).allSatisfy(invitation -> {
            assertThat(invitation.state()).isEqualTo(InvitationView.State.OPEN);
            assertThat(invitation.expiresAt()).isAfter(Instant.now());
        });
        desk.revoke(open.get(0).id(), actor);
        assertThat(desk.openFor(group, by.caller())).hasSize(1).extracting(InvitationView::id)
                .doesNotContain(open.get(0).id());
        assertThatThrownBy(() -> desk.openFor(group, users.with(Role.MENTOR, null, Set.of(group)).caller()))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void refusesAnInvitationLinkUsedTwice() {
        String link = invite(staff, "MENTOR", "\"mentorGroupIds\":[\"kopi-bajawa\",\"tenun-ende\"]");
        Browser person = new Browser(port);
        String form = person.get(link).body();
        person.post(link, Map.of("password", PASSWORD, "repeated", PASSWORD, "_csrf", Browser.csrfToken(form)));

        HttpResponse<String> again = person.get(link);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("sudah dipakai, sudah kedaluwarsa, atau tidak dikenal");
        assertThat(person.post(link, Map.of("password", "lain-lagi-123", "repeated", "lain-lagi-123", "_csrf",
                Browser.csrfToken(form))).statusCode()).isEqualTo(410);
        assertThat(new Browser(port).get(link + "?lang=en").body()).contains("has been used, has expired");
    }

    @Test
    void refusesAnExpiredInvitationLink() {
        String link = invite(staff, "GROUP_MEMBER", "\"groupId\":\"kopi-bajawa\"");
        mongo.updateMulti(query(where("phone").is("+62" + phone.substring(1))),
                Update.update("expiresAt", Instant.now().minusSeconds(1)), Invitation.class);
        assertThat(new Browser(port).get(link).statusCode()).isEqualTo(410);
    }

    @Test
    void refusesTheInvitationFormWithoutItsCsrfToken() {
        String link = invite(staff, "GROUP_MEMBER", "\"groupId\":\"kopi-bajawa\"");
        Browser person = new Browser(port);
        person.get(link);
        assertThat(person.post(link, Map.of("password", PASSWORD, "repeated", PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(person.get(link).statusCode()).as("still usable").isEqualTo(200);
    }

    @Test
    void letsOnlyAdminsInviteStaffAndNobodyElseInvite() {
        assertThat(post(staff, "STAFF", "").statusCode()).isEqualTo(403);
        assertThat(post(admin, "STAFF", "").statusCode()).isEqualTo(201);
        String member = new Browser(port).accessTokenOf(users.with(Role.GROUP_MEMBER, "kopi-bajawa", Set.of()));
        assertThat(post(member, "GROUP_MEMBER", ",\"groupId\":\"kopi-bajawa\"").statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAnInvitationForANumberThatIsTakenOrUnreadable() {
        String member = users.with(Role.GROUP_MEMBER, "kopi-bajawa", Set.of()).phone();
        phone = "0" + member.substring(3);
        assertThat(post(staff, "GROUP_MEMBER", ",\"groupId\":\"kopi-bajawa\"").statusCode()).isEqualTo(409);
        phone = "021-555-1234";
        assertThat(post(staff, "GROUP_MEMBER", ",\"groupId\":\"kopi-bajawa\"").body())
                .contains("not an Indonesian mobile number");
    }

    private String invite(String token, String role, String groups) {
        HttpResponse<String> invited = post(token, role, "," + groups);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String link = Browser.json(invited).path("link").asString();
        assertThat(link).startsWith("http://localhost:8080/invitations/");
        return URI.create(link).getPath();
    }

    private HttpResponse<String> post(String token, String role, String more) {
        return new Browser(port).postJson("/api/invitations", token, "{\"name\":\"Maria Goreti\",\"phone\":\"" + phone
                + "\",\"role\":\"" + role + "\"" + more + "}");
    }
}
