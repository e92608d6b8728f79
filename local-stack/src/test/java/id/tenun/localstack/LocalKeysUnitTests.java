package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysUnitTests {

    @TempDir
    Path keysDir;

    @Test
    void signsTokensThatTheSavedPublicKeyVerifies() throws Exception {
        String token = LocalKeys.loadOrCreate(keysDir).staffToken();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new RSASSAVerifier(LocalKeys.loadOrCreate(keysDir).publicKey()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isNotBlank();
        assertThat(claims.getStringListClaim("roles")).containsExactly("STAFF");
        assertThat(claims.getIssuer()).isEqualTo(LocalKeys.ISSUER);
        assertThat(claims.getExpirationTime()).isInTheFuture();
    }

    @Test
    void givesTheGroupMemberTokenItsGroup() throws Exception {
        String token = LocalKeys.loadOrCreate(keysDir).groupMemberToken("grp-0a1b2c");
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).isEqualTo(List.of("GROUP_MEMBER"));
        assertThat(claims.getStringListClaim("groups")).isEqualTo(List.of("grp-0a1b2c"));
    }

    @Test
    void keepsTheSameKeyPairOnTheNextStart() {
        LocalKeys first = LocalKeys.loadOrCreate(keysDir);

        assertThat(LocalKeys.loadOrCreate(keysDir).publicKey()).isEqualTo(first.publicKey());
        assertThat(first.publicKeyLocation()).startsWith("file:").endsWith("jwt-public.pem");
    }
}
