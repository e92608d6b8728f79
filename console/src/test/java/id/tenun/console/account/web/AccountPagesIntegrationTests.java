package id.tenun.console.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.console.user.Users;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;

/**
 * The pages of Pengguna: who reaches which (staff the users and invitations, admins also the record and the script
 * clients), what staff may not do to an admin, and forms that keep what was typed when the desk refuses it.
 */
@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
class AccountPagesIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"client-secret\">([^<]+)<");
    private static final Pattern CLIENT = Pattern.compile("id=\"client-id\">([^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    UserRegistration registration;

    @Autowired
    Users stored;

    ConsoleUsers users;
    User staffUser;
    User adminUser;
    User member;
    Browser staff;
    Browser admin;

    @BeforeEach
    void staffAdminAndAMember() {
        users = new ConsoleUsers(registration);
        staffUser = users.with(Role.STAFF, null, Set.of());
        adminUser = users.with(Role.ADMIN, null, Set.of());
        member = users.with(Role.GROUP_MEMBER, "kopi-bajawa", Set.of());
        staff = signedIn(staffUser);
        admin = signedIn(adminUser);
    }

    @Test
    void letsStaffReachUsersAndInvitationsButNotTheRecordOrTheScriptClients() {
        assertThat(staff.get("/pengguna").statusCode()).isEqualTo(200);
        assertThat(staff.get("/pengguna/undangan").statusCode()).isEqualTo(200);
        assertThat(staff.get("/pengguna/klien").statusCode()).isEqualTo(404);
        assertThat(staff.get("/pengguna/catatan").statusCode()).isEqualTo(404);
        assertThat(staff.submit("/akun", "/pengguna/klien", Map.of("nama", "Skrip staf")).statusCode())
                .as("registering a client by hand").isEqualTo(404);
        assertThat(staff.get("/pengguna").body()).as("no way there either")
                .doesNotContain("/pengguna/klien", "/pengguna/catatan");

        assertThat(admin.get("/pengguna/klien").statusCode()).isEqualTo(200);
        assertThat(admin.get("/pengguna/catatan").statusCode()).isEqualTo(200);
        Browser memberBrowser = signedIn(member);
        assertThat(memberBrowser.get("/pengguna").statusCode()).isEqualTo(404);
        assertThat(memberBrowser.get("/pengguna/undangan").statusCode()).isEqualTo(404);
        assertThat(signedIn(users.with(Role.MENTOR, null, Set.of("kopi-bajawa"))).get("/sinkron").statusCode())
                .isEqualTo(404);
    }

    @Test
    void findsAUserByThePhoneNumberAsPeopleWriteIt() {
        String local = "0" + member.phone().substring(3);
        String found = staff.get("/pengguna?cari=" + local).body();
        assertThat(found).contains("/pengguna/" + member.id(), "1 pengguna");
        assertThat(staff.get("/pengguna?cari=" + local + "&peran=STAFF").body()).contains("0 pengguna")
                .doesNotContain("/pengguna/" + member.id());
    }

    @Test
    void refusesStaffWhoTryToDisableAnAdmin() {
        String page = staff.get("/pengguna/" + adminUser.id()).body();
        assertThat(page).contains("id=\"notYours\"").doesNotContain("id=\"disable\"", "/nonaktifkan");

        HttpResponse<String> refused = staff.submit("/akun", "/pengguna/" + adminUser.id() + "/nonaktifkan",
                Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Anda tidak boleh mengubah akun ini.");
        assertThat(stored.byId(adminUser.id()).orElseThrow().active()).isTrue();
        assertThat(staff.submit("/akun", "/pengguna/" + adminUser.id() + "/tautan-sandi", Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void disablesAfterConfirmingAndEnablesAgain() {
        String path = "/pengguna/" + member.id();
        assertThat(staff.get(path).body()).contains("Nonaktifkan akun Pengguna GROUP_MEMBER?", "Ya, nonaktifkan");

        HttpResponse<String> disabled = staff.submit(path, path + "/nonaktifkan", Map.of());
        assertThat(disabled.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(path));
        assertThat(staff.get(path).body()).contains("Akun dinonaktifkan.", "Aktifkan lagi");
        assertThat(stored.byId(member.id()).orElseThrow().active()).isFalse();

        staff.submit(path, path + "/aktifkan", Map.of());
        assertThat(stored.byId(member.id()).orElseThrow().active()).isTrue();
        assertThat(admin.get("/pengguna/catatan?pengguna=" + member.id()).body())
                .contains("Akun dinonaktifkan", "Akun diaktifkan", "Pengguna STAFF");
    }

    @Test
    void showsAResetLinkOnceWithHowToSendIt() {
        String path = "/pengguna/" + member.id();
        String made = staff.submit(path, path + "/tautan-sandi", Map.of()).body();
        assertThat(made).contains("/invitations/", "hanya ditampilkan sekali", "WhatsApp atau SMS");
        assertThat(staff.get(path).body()).doesNotContain("/invitations/");
        assertThat(staff.get("/pengguna/undangan").body()).contains("Atur ulang kata sandi", "terbuka")
                .doesNotContain("/invitations/");
    }

    @Test
    void keepsWhatWasTypedWhenAnInvitationIsRefused() {
        HttpResponse<String> refused = staff.submit("/pengguna/undangan", "/pengguna/undangan", Map.of(
                "nama", "Maria Goreti Bupu", "hp", "12345", "email", "", "peran", "MENTOR", "kelompok", "",
                "kelompokDampingan", "kopi-bajawa"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"Maria Goreti Bupu\"", "value=\"12345\"", "id=\"problem-phone\"",
                "Nomor HP harus nomor seluler Indonesia");

        HttpResponse<String> noGroup = staff.submit("/pengguna/undangan", "/pengguna/undangan", Map.of(
                "nama", "Yosef Wae", "hp", ConsoleUsers.newPhone().e164(), "peran", "GROUP_MEMBER", "kelompok", ""));
        assertThat(noGroup.statusCode()).isEqualTo(400);
        assertThat(noGroup.body()).contains("value=\"Yosef Wae\"", "id=\"problem-groupId\"");

        HttpResponse<String> asAdmin = staff.submit("/pengguna/undangan", "/pengguna/undangan", Map.of(
                "nama", "Admin Baru", "hp", ConsoleUsers.newPhone().e164(), "peran", "ADMIN"));
        assertThat(asAdmin.statusCode()).as("staff do not make admins").isEqualTo(403);
        assertThat(asAdmin.body()).contains("value=\"Admin Baru\"");

        HttpResponse<String> invited = staff.submit("/pengguna/undangan", "/pengguna/undangan", Map.of(
                "nama", "Yosef Wae", "hp", ConsoleUsers.newPhone().e164(), "peran", "GROUP_MEMBER",
                "kelompok", "kopi-bajawa"));
        assertThat(invited.statusCode()).isEqualTo(200);
        assertThat(invited.body()).contains("Tautan untuk Yosef Wae", "/invitations/");
    }

    @Test
    void keepsTheChosenRoleWhenAnAccessChangeIsRefused() {
        String path = "/pengguna/" + member.id();
        HttpResponse<String> refused = staff.submit(path, path + "/akses", Map.of("peran", "MENTOR",
                "kelompok", "kopi-bajawa"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"problem-groupId\"", "value=\"MENTOR\" selected");

        HttpResponse<String> saved = staff.submit(path, path + "/akses", Map.of("peran", "MENTOR",
                "kelompokDampingan", "kopi-bajawa, tenun-ikat-sikka"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(stored.byId(member.id()).orElseThrow().mentorGroupIds())
                .containsExactlyInAnyOrder("kopi-bajawa", "tenun-ikat-sikka");
    }

    @Test
    void registersAScriptClientWhoseSecretGetsATokenAndRevokesIt() {
        HttpResponse<String> nameless = admin.submit("/pengguna/klien", "/pengguna/klien", Map.of("nama", " "));
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains("id=\"problem-name\"");

        String page = admin.submit("/pengguna/klien", "/pengguna/klien", Map.of("nama",
                "Dinas Koperasi Kab. Ngada — penjualan bulanan")).body();
        String clientId = group(CLIENT, page);
        String secret = group(SECRET, page);
        assertThat(page).contains("grant_type=client_credentials", "/oauth2/token", "tidak akan ditampilkan lagi");
        assertThat(admin.clientCredentials(clientId, secret, "sales.read").statusCode()).isEqualTo(200);
        assertThat(admin.get("/pengguna/klien").body()).contains(clientId).doesNotContain(secret);
        assertThat(admin.get("/pengguna/catatan").body()).contains("Klien skrip didaftarkan", clientId);

        HttpResponse<String> revoked = admin.submit("/pengguna/klien", "/pengguna/klien/" + clientId + "/cabut",
                Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(admin.clientCredentials(clientId, secret, "sales.read").statusCode()).isEqualTo(401);
        assertThat(admin.get("/pengguna/catatan").body()).contains("Klien skrip dicabut");
        assertThat(admin.get("/pengguna/catatan?lang=en").body()).contains("Script client revoked");
    }

    private Browser signedIn(User user) {
        Browser browser = new Browser(port);
        browser.signIn(user.email(), ConsoleUsers.PASSWORD);
        return browser;
    }

    private static String group(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("in the page").isTrue();
        return matcher.group(1);
    }
}
