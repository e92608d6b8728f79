package id.tenun.support.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the settings that every Tenun service shares (addresses from the environment, health groups, tracing,
 * Kafka producer safety) as the lowest-precedence property source, so that a service's own
 * {@code application.yml}, the environment and the command line all override them. One place, not six copies.
 * Unless an issuer is configured, the services trust the local key file ({@code TENUN_JWT_PUBLIC_KEY_LOCATION}).
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "tenun-service-defaults.properties";
    /** The prefix of Spring Boot's resource server token settings. */
    public static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("tenunServiceDefaults",
                    new ClassPathResource(SOURCE, ServiceDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SOURCE, e);
        }
        boolean issuerConfigured = environment.containsProperty(JWT + "issuer-uri")
                || environment.containsProperty(JWT + "jwk-set-uri")
                || environment.containsProperty("tenun.security.issuers[0].issuer");
        if (!issuerConfigured && !environment.containsProperty(JWT + "public-key-location")) {
            environment.getPropertySources().addLast(new MapPropertySource(
                    "tenunLocalJwtKey", Map.of(JWT + "public-key-location",
                            "${TENUN_JWT_PUBLIC_KEY_LOCATION:file:data/keys/jwt-public.pem}")));
        }
    }
}
