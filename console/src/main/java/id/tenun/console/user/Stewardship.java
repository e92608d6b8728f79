package id.tenun.console.user;

import java.util.Arrays;
import java.util.List;

import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * Who looks after whose account: admins anyone's, staff those of mentors and group members. The one rule behind
 * inviting, resetting, disabling and changing access; mentors and members look after no account.
 */
public final class Stewardship {

    private Stewardship() {
    }

    /** Whether the caller looks after accounts at all (staff and admins). */
    public static boolean isSteward(CurrentUser by) {
        return by.has(Role.ADMIN) || by.has(Role.STAFF);
    }

    /** Whether the caller looks after an account with this role. */
    public static boolean looksAfter(CurrentUser by, Role role) {
        return by.has(Role.ADMIN) || by.has(Role.STAFF) && (role == Role.MENTOR || role == Role.GROUP_MEMBER);
    }

    /** The roles of the accounts the caller looks after: the roles they may invite and give. */
    public static List<Role> rolesLookedAfter(CurrentUser by) {
        return Arrays.stream(Role.values()).filter(role -> looksAfter(by, role)).toList();
    }
}
