package id.tenun.support.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import id.tenun.support.problems.Forbidden;
import id.tenun.support.problems.NotFound;

/**
 * The caller of a request, read from a validated JWT: who (subject), what they may do (roles), for which producer
 * groups they may act (groups) and, for a script client, what it was granted (scopes). Controllers take it as a
 * parameter and ask it the one access policy every service shares (docs/adr/0008):
 * <ul>
 * <li>for a resource of group G: ADMIN and STAFF always, a MENTOR if G is among their groups, a GROUP_MEMBER if G
 * is their group ({@link #mayActFor}); anyone else gets 404, as if it did not exist ({@link #requireGroup});</li>
 * <li>an action that the caller's role may never take, for any group: 403 ({@link #requireRole});</li>
 * <li>a script client (roles none, a {@code scope} claim) reads only what its scope names, for every group
 * ({@link #visibleGroups(String)}); everything else answers it 403.</li>
 * </ul>
 */
public record CurrentUser(String subject, Set<Role> roles, Set<String> groups, Set<String> scopes) {

    public static final String ROLES_CLAIM = "roles";
    public static final String GROUPS_CLAIM = "groups";
    public static final String SCOPE_CLAIM = "scope";
    /** The scope of a script client that reads the sales figures of every group, and nothing else. */
    public static final String SALES_READ = "sales.read";
    /** The scope of a metrics scraper (Prometheus): the actuator's metrics, and nothing else. */
    public static final String METRICS_READ = "metrics.read";

    public CurrentUser {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        groups = Set.copyOf(groups);
        scopes = Set.copyOf(scopes);
    }

    /** A person: roles and groups, no scopes. */
    public CurrentUser(String subject, Set<Role> roles, Set<String> groups) {
        this(subject, roles, groups, Set.of());
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
                Set.copyOf(claimValues(jwt, GROUPS_CLAIM)), Set.copyOf(claimValues(jwt, SCOPE_CLAIM)));
    }

    private static List<String> claimValues(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.trim().split("[ ,]+"));
        }
        return List.of();
    }

    /** Staff and admins see and manage every group. */
    public boolean seesAllGroups() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.STAFF);
    }

    /** Staff, admins and a client granted {@link #METRICS_READ} may read the actuator's metrics. */
    public boolean readsMetrics() {
        return seesAllGroups() || !isPerson() && hasScope(METRICS_READ);
    }

    /** Whether this caller is a person with a role that acts for groups (not a script client). */
    public boolean isPerson() {
        return !roles.isEmpty();
    }

    /** Whether this caller's token grants the scope (script clients; a person's roles are asked instead). */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** Whether this user may read or change what belongs to the given group. */
    public boolean mayActFor(String groupId) {
        if (seesAllGroups()) {
            return true;
        }
        boolean scopedRole = roles.contains(Role.MENTOR) || roles.contains(Role.GROUP_MEMBER);
        return scopedRole && groupId != null && groups.contains(groupId);
    }

    /**
     * Lets a resource of the group through, or answers 404 as if it did not exist ({@code what} and {@code id} name
     * the resource asked for, never the group); 403 for a caller with no role at all.
     */
    public void requireGroup(String groupId, String what, String id) {
        requirePerson();
        if (!mayActFor(groupId)) {
            throw new NotFound(what, id);
        }
    }

    /** As {@link #requireGroup}, for a resource that belongs to several groups: one of them must be the caller's. */
    public void requireAnyGroup(Collection<String> groupIds, String what, String id) {
        requirePerson();
        if (groupIds.stream().noneMatch(this::mayActFor)) {
            throw new NotFound(what, id);
        }
    }

    /** 403 unless the caller has one of the roles: for actions the others may never take, whatever the group. */
    public void requireRole(String action, Role... allowed) {
        for (Role role : allowed) {
            if (roles.contains(role)) {
                return;
            }
        }
        throw new Forbidden("Your role may not " + action + ".");
    }

    /** 403 unless the caller is ADMIN or STAFF. */
    public void requireStaff(String action) {
        requireRole(action, Role.ADMIN, Role.STAFF);
    }

    /** The groups whose resources this caller may see, or null for every group; 403 for a caller with no role. */
    public Set<String> visibleGroups() {
        requirePerson();
        return seesAllGroups() ? null : groups;
    }

    /** As {@link #visibleGroups()}, and a script client whose token grants {@code scope} sees every group. */
    public Set<String> visibleGroups(String scope) {
        return !isPerson() && hasScope(scope) ? null : visibleGroups();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    private void requirePerson() {
        if (!isPerson()) {
            throw new Forbidden("This client may not do this; a person's account is needed.");
        }
    }
}
