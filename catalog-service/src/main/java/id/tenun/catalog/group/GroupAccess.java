package id.tenun.catalog.group;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * Who may act for which group: staff and admins for all; a mentor for the groups in their token and those they
 * are assigned to; a group member for their own group. Anything else is answered as if it did not exist.
 */
@Component
public class GroupAccess {

    private final Groups groups;

    GroupAccess(Groups groups) {
        this.groups = groups;
    }

    /** The groups the user may act for, or null when they may act for every group. */
    public Set<String> visibleGroups(CurrentUser user) {
        if (user.seesAllGroups()) {
            return null;
        }
        Set<String> visible = new HashSet<>();
        if (user.has(Role.MENTOR) || user.has(Role.GROUP_MEMBER)) {
            visible.addAll(user.groups());
        }
        if (user.has(Role.MENTOR) && !user.subject().isBlank()) {
            visible.addAll(groups.mentoredBy(user.subject()));
        }
        return visible;
    }

    public boolean mayActFor(CurrentUser user, Group group) {
        return user.mayActFor(group.id())
                || (user.has(Role.MENTOR) && group.mentorIds().contains(user.subject()));
    }

    public boolean mayActFor(CurrentUser user, String groupId) {
        if (user.mayActFor(groupId)) {
            return true;
        }
        return user.has(Role.MENTOR) && groups.byId(groupId).map(g -> g.mentorIds().contains(user.subject()))
                .orElse(false);
    }
}
