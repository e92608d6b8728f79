package id.tenun.console.account;

import java.time.Instant;
import java.util.Set;

import id.tenun.console.user.User;
import id.tenun.support.security.Role;

/** A user as staff see them: who, how they are reached, their role and groups, active or not. Never a password. */
public record UserView(String id, String name, String phone, String email, Role role, String groupId,
        Set<String> mentorGroupIds, boolean active, Instant createdAt) {

    static UserView of(User user) {
        return new UserView(user.id(), user.name(), user.phone(), user.email(), user.role(), user.groupId(),
                user.mentorGroupIds(), user.active(), user.createdAt());
    }
}
