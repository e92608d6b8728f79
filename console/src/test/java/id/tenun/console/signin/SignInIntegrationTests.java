package id.tenun.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.console.user.Users;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;

@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserRegistration registration;

    @Autowired
    Users users;

    Browser browser;
    User member;

    @BeforeEach
    void aMember() {
        browser = new Browser(port);
        member = new ConsoleUsers(registration).with(Role.GROUP_MEMBER, "kopi-bajawa", Set.of());
    }

    @Test
    void showsTheSignInPageInBahasaIndonesiaFirstAndInEnglishOnRequest() {
        HttpResponse<String> page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Masuk ke Tenun", "Nomor HP atau email", "name=\"_csrf\"", "/login?lang=en");
        assertThat(browser.get("/login?lang=en").body()).contains("Sign in to Tenun", "Mobile number or email");
        assertThat(browser.get("/login").body()).as("the choice is remembered").contains("Sign in to Tenun");
    }

    @Test
    void sendsWhoIsNotSignedInToTheSignInPage() {
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void signsInByPhoneNumberWrittenTheLocalWay() {
        String local = "0" + member.phone().substring(3);
        assertThat(browser.signIn(local, ConsoleUsers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        HttpResponse<String> home = browser.get("/akun");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Halo, Pengguna GROUP_MEMBER.", "Anggota kelompok");
    }

    @Test
    void answersAnUnknownAddressWithAPageForBrowsersAndAProblemForScripts() {
        browser.signIn(member.email(), ConsoleUsers.PASSWORD);
        HttpResponse<String> page = browser.get("/halaman-yang-tidak-ada", "text/html,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Tidak ditemukan</h1>", "Kembali ke Beranda");
        HttpResponse<String> problem = browser.get("/halaman-yang-tidak-ada", "application/json");
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .contains("json"));
        assertThat(problem.body()).contains("\"status\":404").doesNotContain("<h1>");
        for (HttpResponse<String> script : List.of(browser.get("/halaman-yang-tidak-ada", "*/*"),
                browser.bearer("GET", "/api/tidak-ada", new Browser(port).accessTokenOf(member)))) {
            assertThat(script.statusCode()).isEqualTo(404);
            assertThat(script.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(script.body()).contains("\"status\":404").doesNotContain("<h1>");
        }
    }

    @Test
    void answersWhatTheFrameworkRefusesWithTheErrorPageForBrowsersAndAProblemOtherwise() {
        HttpResponse<String> page = browser.get("/api/%2e%2e/x", "text/html,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Kembali ke Beranda");
        HttpResponse<String> problem = browser.get("/api/%2e%2e/x", "application/json");
        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.body()).contains("\"status\":400").doesNotContain("\"timestamp\"");
        HttpResponse<String> oversized = browser.get("/login?x=" + "a".repeat(20_000), "text/html");
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(oversized.body()).contains("\"status\":400").doesNotContain("<html");
    }

    @Test
    void signsInByEmailInAnyCase() {
        browser.signIn(member.email().toUpperCase(), ConsoleUsers.PASSWORD);
        assertThat(browser.get("/akun").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAWrongPassword() {
        HttpResponse<String> refused = browser.signIn(member.email(), "bukan-kata-sandinya");
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(
                "/login?error"));
        assertThat(browser.get("/login?error").body()).contains("Nomor HP/email atau kata sandi salah");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void tellsADisabledUserSoOnlyWithTheRightPasswordInBothLanguages() {
        users.setActive(member.id(), false);
        assertThat(browser.signIn(member.email(), "bukan-kata-sandinya").headers().firstValue("Location"))
                .as("a wrong password says nothing about the account")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(browser.signIn(member.email(), ConsoleUsers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?disabled"));
        assertThat(browser.get("/login?disabled").body()).contains("Akun ini dinonaktifkan");
        assertThat(browser.get("/login?disabled&lang=en").body()).contains("This account is disabled");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesASignInFormWithoutItsCsrfToken() {
        HttpResponse<String> refused = browser.post("/login",
                Map.of("identifier", member.email(), "password", ConsoleUsers.PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void holdsAnAccountAfterFiveFailuresAndSaysWhenToTryAgainInBothLanguages() {
        for (int i = 0; i < 4; i++) {
            assertThat(browser.signIn(member.phone(), "salah-" + i).headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        }
        assertThat(browser.signIn(member.phone(), "salah-5").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?held"));
        assertThat(browser.get("/login?held").body())
                .containsPattern("Coba lagi pukul \\d\\d\\.\\d\\d WITA \\(sekitar 1[45] menit lagi\\)");
        assertThat(browser.get("/login?held&lang=en").body())
                .containsPattern("Try again at \\d\\d:\\d\\d WITA \\(in about 1[45] minutes\\)");

        Browser another = new Browser(port);
        String written = "62" + member.phone().substring(3);
        assertThat(another.signIn(written, ConsoleUsers.PASSWORD).headers().firstValue("Location"))
                .as("even the right password waits, however the number is written")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?held"));
        assertThat(another.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void recordsSignInsFailuresAndSignOutsForAdminsOnly() {
        browser.signIn(member.email(), "salah");
        browser.signIn(member.email(), ConsoleUsers.PASSWORD);
        browser.submit("/akun", "/logout", Map.of());
        ConsoleUsers users = new ConsoleUsers(registration);
        String admin = new Browser(port).accessTokenOf(users.with(Role.ADMIN, null, Set.of()));

        JsonNode records = Browser.json(browser.bearer("GET", "/api/admin/account-records?limit=500", admin));
        List<String> outcomes = new ArrayList<>();
        for (JsonNode record : records) {
            if (member.id().equals(record.path("userId").asString()) || member.email().equals(
                    record.path("account").asString())) {
                outcomes.add(record.path("action").asString());
                assertThat(record.path("address").asString()).isEqualTo("127.0.0.1");
            }
        }
        assertThat(outcomes).containsExactlyInAnyOrder("SIGNED_OUT", "SIGNED_IN", "FAILED");
        String staff = new Browser(port).accessTokenOf(users.with(Role.STAFF, null, Set.of()));
        assertThat(browser.bearer("GET", "/api/admin/account-records", staff).statusCode()).isEqualTo(403);
    }

    @Test
    void signsOutWithTheFormAndItsCsrfToken() {
        browser.signIn(member.email(), ConsoleUsers.PASSWORD);
        HttpResponse<String> out = browser.submit("/akun", "/logout", Map.of());
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(
                "/login?signedOut"));
        assertThat(browser.get("/login?signedOut").body()).contains("Anda sudah keluar.");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }
}
