package id.tenun.support.security;

/**
 * What a user may do, as carried in the token's {@code roles} claim.
 */
public enum Role {
    /** Runs the platform: everything, everywhere. */
    ADMIN,
    /** Programme staff (DPMD / dinas): every group, every report. */
    STAFF,
    /** A pendamping: only the groups assigned to them (the token's {@code groups} claim). */
    MENTOR,
    /** A member of a producer group: only their own group (the token's {@code groups} claim). */
    GROUP_MEMBER;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
