package id.tenun.order.web;

import java.util.Collection;
import java.util.Set;

import id.tenun.support.problems.Forbidden;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * Who sees which groups' orders and sales: staff and admins all; mentors their groups; group members their group.
 * Anyone else nothing.
 */
public final class Access {

    private Access() {
    }

    /** The groups the user may see, or null for all. */
    public static Collection<String> visibleGroups(CurrentUser user) {
        if (user.seesAllGroups()) {
            return null;
        }
        if (user.has(Role.MENTOR) || user.has(Role.GROUP_MEMBER)) {
            return user.groups();
        }
        throw new Forbidden("Your role may not see orders or sales.");
    }

    /** Throws 403 unless the user may act for the group. */
    public static void requireGroup(CurrentUser user, String groupId) {
        if (groupId != null && !user.mayActFor(groupId)) {
            throw new Forbidden("You may not see group " + groupId + ".");
        }
    }

    /** Throws 403 unless the user may see at least one of the groups. */
    public static void requireAnyGroup(CurrentUser user, Collection<String> groupIds) {
        if (user.seesAllGroups()) {
            return;
        }
        Set<String> own = user.groups();
        boolean scoped = user.has(Role.MENTOR) || user.has(Role.GROUP_MEMBER);
        if (!scoped || groupIds.stream().noneMatch(own::contains)) {
            throw new Forbidden("You may not see this order.");
        }
    }

    public static void requireStaff(CurrentUser user) {
        if (!user.seesAllGroups()) {
            throw new Forbidden("Only programme staff may do this.");
        }
    }
}
