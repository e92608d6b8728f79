package id.tenun.console.signin;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import id.tenun.console.audit.AccountRecord.Action;
import id.tenun.console.audit.AccountRecords;
import id.tenun.console.user.Users;

/**
 * The console's pages: open are the sign-in page, the invitation links and health; everything else needs a
 * signed-in person. Sign-in by phone number or email and password through the form (CSRF-protected, like every form),
 * held back after repeated failures ({@link SignInThrottle}); sign-out by POST; the session ends after
 * {@code server.servlet.session.timeout} of quiet, or at the next request once the account is disabled or its
 * password was set anew ({@link StaleSessionFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInSettings.class)
class SignInSecurity {

    private static final String[] OPEN = {"/login", "/invitations/*", "/error", "/actuator/health",
            "/actuator/health/**",
            "/actuator/info"};

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInAttempts attempts, AccountRecords records, Users users,
            Clock clock) throws Exception {
        SignInThrottle throttle = new SignInThrottle(attempts, records, clock);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(OPEN).permitAll()
                .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").usernameParameter(SignInThrottle.IDENTIFIER)
                        .successHandler(throttle).failureHandler(throttle))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new StaleSessionFilter(users, records), AnonymousAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut")
                        .addLogoutHandler((request, response, authentication) -> records.byThemselves(Action.SIGNED_OUT,
                                null, authentication == null ? null : authentication.getName(),
                                request.getRemoteAddr())));
        return http.build();
    }

    /**
     * Checks the password before the account's state, so that only someone who knows the password learns that the
     * account is disabled; a wrong password is a failure like any other.
     */
    @Bean
    DaoAuthenticationProvider signInAccounts(Users users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new SignInAccounts(users));
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(account -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }
}
