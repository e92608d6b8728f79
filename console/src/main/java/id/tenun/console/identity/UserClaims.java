package id.tenun.console.identity;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import id.tenun.console.signingkey.SigningKeyRing;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.support.security.CurrentUser;

/**
 * Shapes every token the console signs: the active signing key's kid in the header, and in a user's access token the
 * claims the services read ({@code roles}, {@code groups}, as {@link CurrentUser} reads them), from the user as stored
 * now. A script's token (client credentials) carries its scope and nothing about any user.
 */
class UserClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Users users;
    private final SigningKeyRing keys;

    UserClaims(Users users, SigningKeyRing keys) {
        this.users = users;
        this.keys = keys;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.activeKid());
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        User user = users.byId(context.getPrincipal().getName()).filter(User::active)
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT));
        context.getClaims()
                .claim(CurrentUser.ROLES_CLAIM, user.rolesClaim())
                .claim(CurrentUser.GROUPS_CLAIM, user.groupsClaim());
    }
}
