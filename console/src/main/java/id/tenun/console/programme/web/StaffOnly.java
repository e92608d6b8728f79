package id.tenun.console.programme.web;

import java.security.Principal;

import org.springframework.stereotype.Component;

import id.tenun.console.user.Stewardship;
import id.tenun.console.user.User;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;

/** The programme's pages are for staff and admins: anyone else is told the page is not there (404). */
@Component
class StaffOnly {

    private final SignedIn signedIn;

    StaffOnly(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    /** The signed-in staff member or admin. */
    User user(Principal principal) {
        User user = signedIn.user(principal);
        if (!Stewardship.isSteward(user.caller())) {
            throw new PageNotFound("The programme's pages are for staff and admins");
        }
        return user;
    }
}
