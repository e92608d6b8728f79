package id.tenun.support.security;

import static id.tenun.support.config.ServiceDefaults.JWT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.util.function.SingletonSupplier;

import id.tenun.support.security.SecuritySettings.TrustedIssuer;

/**
 * Finds the authentication for a token by its {@code iss} claim (for Spring Security's
 * {@code JwtIssuerAuthenticationManagerResolver}): one {@link JwtAuthenticationProvider} per trusted issuer, whose
 * decoder checks the signature with that issuer's keys and requires its {@code iss}, an unexpired {@code exp}, a
 * {@code sub}, and an {@code iat} no further from {@code exp} than tokens live ({@link TokenLifetime}). A token of any
 * other issuer finds none, and is refused.
 */
public final class TrustedIssuers implements AuthenticationManagerResolver<String> {

    /** The issuer of tokens signed with the key file: the local stack's printed tokens and the tests' tokens. */
    public static final String LOCAL_KEY_ISSUER = "tenun-local-stack";

    private final Map<String, Supplier<AuthenticationManager>> managers = new LinkedHashMap<>();

    TrustedIssuers(List<TrustedIssuer> issuers, Duration maxTokenLifetime,
            Converter<Jwt, ? extends AbstractAuthenticationToken> converter) {
        TokenLifetime lifetime = new TokenLifetime(maxTokenLifetime);
        if (issuers.isEmpty()) {
            throw new IllegalStateException("No trusted token issuer: set tenun.security.issuers[0].issuer and its "
                    + "jwk-set-uri or public-key-location, or " + JWT + "public-key-location");
        }
        for (TrustedIssuer trusted : issuers) {
            Supplier<AuthenticationManager> manager = SingletonSupplier.of(() -> manager(trusted, lifetime, converter));
            if (managers.put(trusted.issuer(), manager) != null) {
                throw new IllegalStateException("Issuer " + trusted.issuer() + " is trusted twice");
            }
            if (trusted.publicKeyLocation() != null) {
                manager.get(); // a key file is read now, so that a missing one stops the start; a key set on first use
            }
        }
    }

    /**
     * The issuers of {@code tenun.security.issuers}, and the key file of Spring Boot's resource server settings as
     * {@link #LOCAL_KEY_ISSUER} (or Boot's {@code issuer-uri}, with its {@code jwk-set-uri} if set).
     */
    static List<TrustedIssuer> configured(SecuritySettings settings, Environment environment,
            ResourceLoader resources) {
        List<TrustedIssuer> issuers = new ArrayList<>(settings.issuers());
        String keyFile = environment.getProperty(JWT + "public-key-location");
        String issuerUri = environment.getProperty(JWT + "issuer-uri");
        String jwkSetUri = environment.getProperty(JWT + "jwk-set-uri");
        if (keyFile != null && !keyFile.isBlank()) {
            issuers.add(new TrustedIssuer(LOCAL_KEY_ISSUER, null, resources.getResource(keyFile)));
        }
        if (issuerUri != null && !issuerUri.isBlank()) {
            issuers.add(new TrustedIssuer(issuerUri, jwkSetUri, null));
        } else if (jwkSetUri != null && !jwkSetUri.isBlank()) {
            throw new IllegalStateException(JWT + "jwk-set-uri needs the issuer-uri of its tokens beside it");
        }
        return issuers;
    }

    @Override
    public AuthenticationManager resolve(String issuer) {
        Supplier<AuthenticationManager> manager = managers.get(issuer);
        return manager == null ? null : manager.get();
    }

    private static AuthenticationManager manager(TrustedIssuer trusted, TokenLifetime lifetime,
            Converter<Jwt, ? extends AbstractAuthenticationToken> converter) {
        NimbusJwtDecoder decoder;
        if (trusted.publicKeyLocation() != null) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(trusted.issuer(), trusted.publicKeyLocation())).build();
        } else if (trusted.jwkSetUri() != null) {
            decoder = NimbusJwtDecoder.withJwkSetUri(trusted.jwkSetUri()).build();
        } else {
            decoder = NimbusJwtDecoder.withIssuerLocation(trusted.issuer()).build();
        }
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                new JwtIssuerValidator(trusted.issuer()),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB,
                        subject -> subject != null && !subject.toString().isBlank()),
                lifetime));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter);
        return provider::authenticate;
    }

    private static RSAPublicKey publicKey(String issuer, Resource location) {
        try (InputStream pem = location.getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the public key of trusted issuer " + issuer + " at "
                    + location, e);
        }
    }
}
