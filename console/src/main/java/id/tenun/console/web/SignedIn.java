package id.tenun.console.web;

import java.security.Principal;

import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Component;

import id.tenun.console.services.ServiceCalls;
import id.tenun.console.user.Stewardship;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.support.security.Role;

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

    /** The signed-in staff member or admin; for anyone else the page is not there (404). */
    public User steward(Principal principal) {
        User user = user(principal);
        if (!Stewardship.isSteward(user.caller())) {
            throw new PageNotFound("A page for staff and admins");
        }
        return user;
    }

    /** The signed-in admin; for anyone else, staff too, the page is not there (404). */
    public User admin(Principal principal) {
        User user = user(principal);
        if (user.role() != Role.ADMIN) {
            throw new PageNotFound("A page for admins");
        }
        return user;
    }

    public ServiceCalls.As calls(Principal principal) {
        return services.as(user(principal));
    }
}
