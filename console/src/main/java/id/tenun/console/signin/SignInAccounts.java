package id.tenun.console.signin;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import id.tenun.console.user.Users;

/**
 * Finds the account behind a phone number or email for the form sign-in. The signed-in principal's name is the
 * user's id, which becomes the {@code sub} of their tokens. A disabled account is marked so; the sign-in says so only
 * after its password was right ({@code SignInSecurity}).
 */
class SignInAccounts implements UserDetailsService {

    private final Users users;

    SignInAccounts(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String typed) {
        return SignInName.of(typed).user(users)
                .map(user -> User.withUsername(user.id()).password(user.passwordHash()).disabled(!user.active())
                        .authorities(user.role().authority()).build())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
