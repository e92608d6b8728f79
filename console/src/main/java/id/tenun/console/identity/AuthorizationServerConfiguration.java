package id.tenun.console.identity;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import id.tenun.console.scriptclient.ScriptClientDesk;
import id.tenun.console.signingkey.SigningKeyRing;
import id.tenun.console.user.Users;
import id.tenun.support.security.ServiceSecurityAutoConfiguration;
import id.tenun.support.web.ProblemResponses;

/**
 * The console as an OAuth 2.1 / OpenID Connect provider (Spring Authorization Server): its endpoints (authorize,
 * token, JWKS, discovery, userinfo) come first; then the console's own API ({@code /api/**}), which takes the tokens
 * it signs itself, with ADMIN alone under {@code /api/admin/**}, and its metrics ({@code /actuator/prometheus},
 * {@code /actuator/metrics}) for staff, admins and metrics scrapers, as in every service. The pages come last
 * ({@code SignInSecurity}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
class AuthorizationServerConfiguration {

    /** How long a sign-in's code waits to be exchanged for a token (Spring Authorization Server's default). */
    private static final Duration CODE_EXCHANGE = Duration.ofMinutes(5);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults());
        })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()))
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain consoleApi(HttpSecurity http, ProblemResponses problems, JwtDecoder decoder)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/actuator/**").access(ServiceSecurityAutoConfiguration.metricsReaders())
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder)
                                .jwtAuthenticationConverter(ServiceSecurityAutoConfiguration.rolesAndGroups()))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentitySettings settings) {
        return AuthorizationServerSettings.builder().issuer(settings.issuer()).build();
    }

    /** Authorizations kept while a code may still be exchanged or a token live, then forgotten. */
    @Bean
    OAuth2AuthorizationService authorizations(IdentitySettings settings) {
        Duration keep = settings.accessTokensLive().compareTo(CODE_EXCHANGE) > 0
                ? settings.accessTokensLive()
                : CODE_EXCHANGE;
        return new ExpiringAuthorizations(keep.plus(Duration.ofMinutes(1)), Ticker.systemTicker());
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentitySettings settings, ScriptClientDesk scripts) {
        return new RegisteredClients(settings, scripts);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> userClaims(Users users, SigningKeyRing keys) {
        return new UserClaims(users, keys);
    }

    /** Takes only the console's own tokens: signed by one of its published keys, with its issuer. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeyRing keys, IdentitySettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuer()));
        return decoder;
    }
}
