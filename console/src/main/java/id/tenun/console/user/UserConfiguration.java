package id.tenun.console.user;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing through Spring Security's delegating encoder: bcrypt for new hashes, and every hash keeps its
 * algorithm id ({@code {bcrypt}}, {@code {argon2}}), so the default can move on without locking anyone out.
 */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
