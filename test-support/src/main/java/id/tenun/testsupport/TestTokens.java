package id.tenun.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints JWTs with a test key, so that every feature can test its access rules with real token validation:
 * the services under test trust {@link #publicKeyLocation()} (set by {@link TenunIntegrationTest}).
 * Roles are the names of {@code id.tenun.support.security.Role}: ADMIN, STAFF, MENTOR, GROUP_MEMBER.
 */
public final class TestTokens {

    /** The issuer the services trust the test key for: the local key's, as for the local stack's tokens. */
    public static final String ISSUER = "tenun-local-stack";

    /** How long the tokens live: within the 15 minutes the services accept, as the console's. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final KeyPair KEYS = generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestTokens() {
    }

    public static String staff() {
        return token("staff@dpmd", List.of("STAFF"), List.of());
    }

    public static String admin() {
        return token("admin@tenun", List.of("ADMIN"), List.of());
    }

    public static String mentor(String... groupIds) {
        return token("mentor@undana", List.of("MENTOR"), List.of(groupIds));
    }

    public static String groupMember(String groupId) {
        return token("member@" + groupId, List.of("GROUP_MEMBER"), List.of(groupId));
    }

    /**
     * A script client's token, as the console's client-credentials grant issues it: {@code sub} = the client id,
     * the granted scopes space-separated in {@code scope}, no roles and no groups.
     */
    public static String client(String clientId, String... scopes) {
        JWTClaimsSet.Builder claims = claims(ISSUER, clientId, Instant.now().plus(LIFETIME))
                .claim("scope", String.join(" ", scopes));
        return sign(claims.build(), (RSAPrivateKey) KEYS.getPrivate());
    }

    /** A signed token with the given subject, {@code roles} and {@code groups} claims, valid for {@link #LIFETIME}. */
    public static String token(String subject, List<String> roles, List<String> groups) {
        return sign(ISSUER, subject, roles, groups, Instant.now().plus(LIFETIME),
                (RSAPrivateKey) KEYS.getPrivate());
    }

    /** A token that expired a minute ago. */
    public static String expired(String subject, List<String> roles) {
        return sign(ISSUER, subject, roles, List.of(), Instant.now().minus(Duration.ofMinutes(1)),
                (RSAPrivateKey) KEYS.getPrivate());
    }

    /** A token signed with the test key but naming another issuer, which nobody trusts with that key. */
    public static String issuedBy(String issuer, String subject, List<String> roles) {
        return sign(issuer, subject, roles, List.of(), Instant.now().plus(LIFETIME),
                (RSAPrivateKey) KEYS.getPrivate());
    }

    /** A token signed with the test key that says nobody: no {@code sub}. */
    public static String withoutSubject(List<String> roles) {
        return sign(ISSUER, null, roles, List.of(), Instant.now().plus(LIFETIME),
                (RSAPrivateKey) KEYS.getPrivate());
    }

    /**
     * A staff token signed with the test key, issued ({@code iat}) and expiring ({@code exp}) when given; a
     * {@code null} leaves that claim out. For tests of what the services accept: a token that lives too long, or
     * says nothing of when it was issued or expires.
     */
    public static String staffIssued(Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("staff@dpmd").issuer(ISSUER)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(issuedAt == null ? null : Date.from(issuedAt))
                .expirationTime(expiresAt == null ? null : Date.from(expiresAt))
                .claim("roles", List.of("STAFF")).claim("groups", List.of());
        return sign(claims.build(), (RSAPrivateKey) KEYS.getPrivate());
    }

    /** A well-formed token signed by a key that nobody trusts. */
    public static String signedByStranger(String subject, List<String> roles) {
        return sign(ISSUER, subject, roles, List.of(), Instant.now().plus(LIFETIME),
                (RSAPrivateKey) generate().getPrivate());
    }

    /** A Spring resource location of the public key in PEM, for {@code public-key-location}. */
    public static String publicKeyLocation() {
        return PUBLIC_KEY.toUri().toString();
    }

    private static String sign(String issuer, String subject, List<String> roles, List<String> groups,
            Instant expiry, RSAPrivateKey key) {
        return sign(claims(issuer, subject, expiry).claim("roles", roles).claim("groups", groups).build(), key);
    }

    private static JWTClaimsSet.Builder claims(String issuer, String subject, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(expiry));
    }

    private static String sign(JWTClaimsSet claims, RSAPrivateKey key) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("tenun-test-jwt", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
