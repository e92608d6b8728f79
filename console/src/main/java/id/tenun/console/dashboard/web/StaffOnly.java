package id.tenun.console.dashboard.web;

import id.tenun.console.user.User;
import id.tenun.console.web.PageNotFound;
import id.tenun.support.security.Role;

/** The programme's figures are for staff and admins; anyone else is told there is no such page (404). */
final class StaffOnly {

    private StaffOnly() {
    }

    static User require(User user) {
        if (user.role() != Role.STAFF && user.role() != Role.ADMIN) {
            throw new PageNotFound("The dashboard is for staff, not " + user.role());
        }
        return user;
    }
}
