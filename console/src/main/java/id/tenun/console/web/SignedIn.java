package id.tenun.console.web;

import java.security.Principal;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Component;

import id.tenun.console.services.ServiceCalls;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;

/** The person a page is for: the signed-in user as stored now, and the service calls made as them. */
@Component
public class SignedIn {

    private final Users users;
    private final ServiceCalls services;

    SignedIn(Users users, ServiceCalls services) {
        this.users = users;
        this.services = services;
    }

    /** The user as stored now; a user disabled or removed since signing in is signed out. */
    public User user(Principal principal) {
        return users.byId(principal.getName()).filter(User::active)
                .orElseThrow(() -> new InsufficientAuthenticationException("No active user " + principal.getName()));
    }

    public ServiceCalls.As calls(Principal principal) {
        return services.as(user(principal));
    }
}
