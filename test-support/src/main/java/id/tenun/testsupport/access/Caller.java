package id.tenun.testsupport.access;

import java.util.List;

import id.tenun.testsupport.TestTokens;

/** Who calls, as the access matrix's columns name them, each with the token that {@link TestTokens} mints for it. */
public enum Caller {

    /** An administrator of the platform. */
    ADMIN,
    /** Programme staff (DPMD / dinas). */
    STAFF,
    /** A mentor the console assigned to the resource's group G. */
    MENTOR_ASSIGNED,
    /** A mentor of another group only. */
    MENTOR_OTHER,
    /** A member of G. */
    MEMBER_OWN,
    /** A member of another group. */
    MEMBER_OTHER,
    /** A script client granted {@code sales.read}, as the console's client-credentials grant issues it. */
    SCRIPT,
    /** No token at all. */
    ANONYMOUS;

    /** The bearer token of this caller for a resource of {@code group}, another group being {@code other}. */
    public String token(String group, String other) {
        return switch (this) {
            case ADMIN -> TestTokens.admin();
            case STAFF -> TestTokens.staff();
            case MENTOR_ASSIGNED -> TestTokens.mentor(group);
            case MENTOR_OTHER -> TestTokens.mentor(other);
            case MEMBER_OWN -> TestTokens.groupMember(group);
            case MEMBER_OTHER -> TestTokens.token("member@" + other, List.of("GROUP_MEMBER"), List.of(other));
            case SCRIPT -> TestTokens.client("script-kabupaten-sikka", "sales.read");
            case ANONYMOUS -> null;
        };
    }
}
