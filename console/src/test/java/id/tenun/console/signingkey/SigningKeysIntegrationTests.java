package id.tenun.console.signingkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.TestPropertySource;

import id.tenun.console.Browser;
import id.tenun.console.ConsoleApplication;
import id.tenun.console.ConsoleUsers;
import id.tenun.console.user.User;
import id.tenun.console.user.UserRegistration;
import id.tenun.support.security.Role;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestInfrastructure;

/**
 * The signing keys live in MongoDB, their private parts sealed: a restart signs with the same key, and a rotation
 * keeps the old one published.
 */
@TenunIntegrationTest
@TestPropertySource(locations = "classpath:console-test.properties")
class SigningKeysIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.mongodb.database}")
    String database;

    @Value("${tenun.console.signing-keys.sealing-key}")
    String sealingKey;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SigningKeyRing ring;

    @Autowired
    UserRegistration registration;

    @Test
    void signsWithTheSameKeyAfterARestart() {
        String before = ring.activeKid();
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(ConsoleApplication.class)
                .run("--server.port=0", "--spring.mongodb.uri=" + TestInfrastructure.get().mongoUri(),
                        "--spring.mongodb.database=" + database,
                        "--spring.kafka.bootstrap-servers=" + TestInfrastructure.get().kafkaBootstrapServers(),
                        "--tenun.console.signing-keys.sealing-key=" + sealingKey, "--tenun.local-development=true")) {
            SigningKeyRing again = restarted.getBean(SigningKeyRing.class);
            assertThat(again.activeKid()).isEqualTo(before);
            assertThat(again.get(new JWKSelector(new JWKMatcher.Builder().keyID(before).build()), null))
                    .singleElement().satisfies(key -> assertThat(key.isPrivate()).isTrue());
        }
        assertThat(mongo.findAll(Document.class, "signing_keys"))
                .allSatisfy(stored -> assertThat(stored.getString("privateKey")).startsWith("v1:"));
    }

    @Test
    void rotatesOnAnAdminsRequestAndKeepsTheOldKeyPublished() throws ParseException {
        ConsoleUsers users = new ConsoleUsers(registration);
        String adminToken = tokenOf(users.with(Role.ADMIN, null, Set.of()));
        String oldKid = SignedJWT.parse(adminToken).getHeader().getKeyID();
        Browser api = new Browser(port);

        String staffToken = tokenOf(users.with(Role.STAFF, null, Set.of()));
        assertThat(api.bearer("POST", "/api/admin/signing-keys/rotate", staffToken).statusCode()).isEqualTo(403);
        assertThat(api.bearer("POST", "/api/admin/signing-keys/rotate", "").statusCode()).isEqualTo(401);

        var rotated = Browser.json(api.bearer("POST", "/api/admin/signing-keys/rotate", adminToken));
        String newKid = rotated.path("activeKid").asString();
        assertThat(newKid).isNotEqualTo(oldKid).isEqualTo(ring.activeKid());

        JWKSet published = JWKSet.parse(api.get("/oauth2/jwks").body());
        assertThat(published.getKeyByKeyId(oldKid)).as("the old key, for tokens it signed").isNotNull();
        assertThat(published.getKeyByKeyId(newKid)).isNotNull();
        NimbusJwtDecoder services = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(published)).build();
        assertThat(services.decode(adminToken).getSubject()).isNotBlank();

        String after = tokenOf(users.with(Role.STAFF, null, Set.of()));
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(services.decode(after).getClaimAsStringList("roles")).containsExactly("STAFF");
        assertThat(api.bearer("POST", "/api/admin/signing-keys/rotate", adminToken).statusCode())
                .as("the console still takes a token of the old key").isEqualTo(200);
    }

    private String tokenOf(User user) {
        return new Browser(port).accessTokenOf(user);
    }
}
