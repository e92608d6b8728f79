package id.tenun.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
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

import id.tenun.support.security.TrustedIssuers;

/**
 * The local stack's own token issuer, beside the console: an RSA key pair created on the first start under
 * {@code keys/} (PEM), whose public half every service trusts, and tokens signed with it (the printed tokens). The tokens carry
 * what the services read: {@code sub}, {@code roles}, {@code groups}, {@code iss} and {@code exp}.
 */
public final class LocalKeys {

    static final String ISSUER = TrustedIssuers.LOCAL_KEY_ISSUER;
    static final Duration VALIDITY = Duration.ofDays(7);

    private final Path dir;
    private final RSAPublicKey publicKey;
    private final RSAPrivateKey privateKey;

    private LocalKeys(Path dir, RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        this.dir = dir;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** The key pair in {@code dir}, created there if it is not. */
    public static LocalKeys loadOrCreate(Path dir) {
        Path publicFile = dir.resolve("jwt-public.pem");
        Path privateFile = dir.resolve("jwt-private.pem");
        try {
            if (Files.exists(publicFile) && Files.exists(privateFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new LocalKeys(dir,
                        (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile))),
                        (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile))));
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            return new LocalKeys(dir, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (IOException e) {
            throw new LocalStackException("Cannot read or write the local token keys in " + dir + ": " + e, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new LocalStackException("The local token keys in " + dir + " are unreadable; delete "
                    + publicFile.getFileName() + " and " + privateFile.getFileName() + " to make new ones", e);
        }
    }

    /** A Spring resource location of the public key, for {@code ...resourceserver.jwt.public-key-location}. */
    public String publicKeyLocation() {
        return dir.resolve("jwt-public.pem").toUri().toString();
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** Programme staff: sees every group. */
    public String staffToken() {
        return token("staff@local", List.of("STAFF"), List.of());
    }

    /** A member of one group. */
    public String groupMemberToken(String groupId) {
        return token("member@" + groupId, List.of("GROUP_MEMBER"), List.of(groupId));
    }

    /** A token with these claims, signed with the local key, valid for {@link #VALIDITY}. */
    public String token(String subject, List<String> roles, List<String> groups) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(VALIDITY)))
                .claim("roles", roles)
                .claim("groups", groups)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a local token", e);
        }
        return jwt.serialize();
    }

    /** Writes the token to {@code keys/<name>.jwt}, for scripts: {@code $(cat data/keys/staff.jwt)}. */
    public Path save(String name, String token) {
        Path file = dir.resolve(name + ".jwt");
        try {
            return Files.writeString(file, token + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readPem(Path file) throws IOException {
        String base64 = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps the default permissions
            }
        }
    }
}
