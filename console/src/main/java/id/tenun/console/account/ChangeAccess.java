package id.tenun.console.account;

import java.util.Optional;
import java.util.Set;

import id.tenun.console.user.User;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.security.Role;

/**
 * Gives a user a role and the groups it reaches: the one group of a member, the assigned groups of a mentor (the one
 * place mentor assignment is kept; tokens carry it to the services as {@code groups}), none for staff and admins.
 */
public record ChangeAccess(Role role, String groupId, Set<String> mentorGroupIds) {

    public ChangeAccess {
        if (role == null) {
            throw InvalidInput.of("role", "Pilih peran: ADMIN, STAFF, MENTOR atau GROUP_MEMBER.",
                    "Choose a role: ADMIN, STAFF, MENTOR or GROUP_MEMBER.");
        }
        groupId = groupId == null || groupId.isBlank() ? null : groupId.strip();
        mentorGroupIds = mentorGroupIds == null ? Set.of() : Set.copyOf(mentorGroupIds);
        User.checkGroups(role, groupId, mentorGroupIds);
    }

    /** How the role and groups read in the account record: {@code MENTOR [grp-1, grp-2]}, {@code STAFF}. */
    String describe() {
        return role + (groupId == null ? "" : " " + groupId) + (mentorGroupIds.isEmpty()
                ? ""
                : " " + mentorGroupIds.stream().sorted().toList());
    }

    /** The role and groups {@link #describe()} wrote, or empty for a text it did not write. */
    public static Optional<ChangeAccess> read(String described) {
        String[] parts = described.strip().split(" ", 2);
        try {
            Role role = Role.valueOf(parts[0]);
            String rest = parts.length == 1 ? "" : parts[1].strip();
            if (rest.startsWith("[") && rest.endsWith("]")) {
                return Optional.of(new ChangeAccess(role, null, Set.of(rest.substring(1, rest.length() - 1)
                        .split(", "))));
            }
            return Optional.of(new ChangeAccess(role, rest, Set.of()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
