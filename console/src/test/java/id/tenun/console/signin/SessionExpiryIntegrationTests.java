package id.tenun.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;

/**
 * A quiet session ends: here after one second ({@code server.servlet.session.timeout} counts whole minutes on Tomcat,
 * so the test shortens each session as it is created), and the next request goes to the sign-in page.
 */
@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
class SessionExpiryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserRegistration registration;

    @TestConfiguration
    static class OneSecondSessions {

        @Bean
        HttpSessionListener oneSecondSessions() {
            return new HttpSessionListener() {

                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    event.getSession().setMaxInactiveInterval(1);
                }
            };
        }
    }

    @Test
    void sendsAQuietSessionToTheSignInPage() throws InterruptedException {
        User member = new ConsoleUsers(registration).with(Role.GROUP_MEMBER, "kopi-bajawa", Set.of());
        Browser browser = new Browser(port);
        browser.signIn(member.email(), ConsoleUsers.PASSWORD);
        assertThat(browser.get("/akun").statusCode()).isEqualTo(200);

        Thread.sleep(2_100);

        HttpResponse<String> later = browser.get("/akun");
        assertThat(later.statusCode()).isEqualTo(302);
        assertThat(later.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(
                "/login"));
    }
}
