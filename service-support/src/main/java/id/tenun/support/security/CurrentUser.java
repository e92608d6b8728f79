package id.tenun.support.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller of a request, read from a validated JWT: who (subject), what they may do (roles) and for which
 * producer groups they may act (groups). Controllers take it as a parameter; domain code asks it questions.
 */
public record CurrentUser(String subject, Set<Role> roles, Set<String> groups) {

    public static final String ROLES_CLAIM = "roles";
    public static final String GROUPS_CLAIM = "groups";

    public CurrentUser {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        groups = Set.copyOf(groups);
    }

    /** Reads the user from a token; unknown role names are ignored rather than trusted. */
    public static CurrentUser from(Jwt jwt) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : claimValues(jwt, ROLES_CLAIM)) {
            for (Role role : Role.values()) {
                if (role.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                    roles.add(role);
                }
            }
        }
        return new CurrentUser(jwt.getSubject() == null ? "" : jwt.getSubject(), roles,
                Set.copyOf(claimValues(jwt, GROUPS_CLAIM)));
    }

    private static List<String> claimValues(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split("[ ,]+"));
        }
        return List.of();
    }

    /** Staff and admins see and manage every group. */
    public boolean seesAllGroups() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.STAFF);
    }

    /** Whether this user may read or change what belongs to the given group. */
    public boolean mayActFor(String groupId) {
        if (seesAllGroups()) {
            return true;
        }
        boolean scopedRole = roles.contains(Role.MENTOR) || roles.contains(Role.GROUP_MEMBER);
        return scopedRole && groupId != null && groups.contains(groupId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
