package id.tenun.support.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.tenun.support.web.ProblemDetailsAutoConfiguration;
import id.tenun.support.web.ProblemResponses;

/**
 * Every Tenun service is an OAuth2 resource server: a valid JWT is needed for everything but health, the API
 * description and the marketplaces' webhooks (which are verified by signature instead), and the paths a service
 * opens itself with an {@link OpenPaths} bean. The rest of the actuator (Prometheus, metrics) answers staff, admins
 * and script clients granted {@link CurrentUser#METRICS_READ} only: its labels name shops and channels. A token is checked by the issuer it names
 * ({@link TrustedIssuers}, from {@link SecuritySettings}); one from an issuer not trusted is refused. The token's
 * {@code roles} claim becomes authorities, its {@code groups} claim says which groups the caller may act for.
 * A service with other needs (the console) declares its own {@link SecurityFilterChain}.
 */
@AutoConfiguration(after = ProblemDetailsAutoConfiguration.class, before = {ServletWebSecurityAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecuritySettings.class)
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain tenunResourceServer(HttpSecurity http, ProblemResponses problems,
            ObjectProvider<OpenPaths> serviceOpenPaths, SecuritySettings settings, Environment environment,
            ResourceLoader resources) throws Exception {
        TrustedIssuers issuers = new TrustedIssuers(TrustedIssuers.configured(settings, environment, resources),
                settings.maxTokenLifetime(), rolesAndGroups());
        String[] open = OpenPaths.all(serviceOpenPaths).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(open).permitAll()
                .requestMatchers("/actuator/**").access(metricsReaders())
                .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        return http.build();
    }

    /**
     * Who may read the actuator beyond health and info (Prometheus, metrics): staff, admins and script clients
     * granted {@link CurrentUser#METRICS_READ}, by their bearer token.
     */
    public static AuthorizationManager<RequestAuthorizationContext> metricsReaders() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof JwtAuthenticationToken token
                        && CurrentUser.from(token.getToken()).readsMetrics());
    }

    public static JwtAuthenticationConverter rolesAndGroups() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(ServiceSecurityAutoConfiguration::authorities);
        return converter;
    }

    private static List<GrantedAuthority> authorities(Jwt jwt) {
        return CurrentUser.from(jwt).roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Bean
    WebMvcConfigurer currentUserParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CurrentUserArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ClientScopeGuard());
            }
        };
    }
}
