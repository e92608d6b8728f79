package id.tenun.console.user;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.support.problems.InvalidInput;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * A person who signs in to Tenun: who they are, how they are reached (phone in E.164 and/or a lower-case email, at
 * least one), their password hash, their one role and the groups that role reaches: the one group of a member, the
 * groups assigned to a mentor, none for staff and admins (who see every group). A disabled user cannot sign in; a
 * session signed in before the password was last set ({@code passwordSetAt}) ends.
 */
@Document("users")
public record User(@Id String id, String name, String phone, String email, String passwordHash, Role role,
        String groupId, Set<String> mentorGroupIds, boolean active, Instant createdAt, Instant passwordSetAt) {

    /** The most groups one mentor may be assigned (each travels in their tokens' {@code groups} claim). */
    public static final int MAX_MENTOR_GROUPS = 100;

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        passwordSetAt = passwordSetAt == null ? createdAt : passwordSetAt;
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A user needs a name");
        }
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A user needs a phone number or an email address");
        }
        phone = phone == null ? null : new PhoneNumber(phone).e164();
        email = email == null ? null : new EmailAddress(email).value();
        mentorGroupIds = mentorGroupIds == null ? Set.of() : Set.copyOf(mentorGroupIds);
        checkGroups(role, groupId, mentorGroupIds);
    }

    /**
     * The groups a role reaches: one group for a member (and only a member), assigned groups (at most
     * {@value #MAX_MENTOR_GROUPS}) for a mentor only; an {@link InvalidInput} naming the field otherwise.
     */
    public static void checkGroups(Role role, String groupId, Set<String> mentorGroupIds) {
        if ((role == Role.GROUP_MEMBER) != (groupId != null && !groupId.isBlank())) {
            throw InvalidInput.of("groupId", "Anggota kelompok, dan hanya anggota kelompok, punya satu kelompok.",
                    "A group member, and only a group member, belongs to one group.");
        }
        if (role != Role.MENTOR && mentorGroupIds != null && !mentorGroupIds.isEmpty()) {
            throw InvalidInput.of("mentorGroupIds", "Hanya pendamping yang punya kelompok dampingan.",
                    "Only a mentor is assigned groups.");
        }
        if (mentorGroupIds != null && (mentorGroupIds.size() > MAX_MENTOR_GROUPS
                || mentorGroupIds.stream().anyMatch(id -> id == null || id.isBlank()))) {
            throw InvalidInput.of("mentorGroupIds",
                    "Paling banyak " + MAX_MENTOR_GROUPS + " kelompok dampingan, tanpa yang kosong.",
                    "At most " + MAX_MENTOR_GROUPS + " assigned groups, none of them blank.");
        }
    }

    /** The token's {@code roles} claim. */
    public List<String> rolesClaim() {
        return List.of(role.name());
    }

    /** The token's {@code groups} claim: a member's group, a mentor's assigned groups, none for staff and admins. */
    public List<String> groupsClaim() {
        return switch (role) {
            case GROUP_MEMBER -> List.of(groupId);
            case MENTOR -> mentorGroupIds.stream().sorted().toList();
            case ADMIN, STAFF -> List.of();
        };
    }

    /** The user as the desks see a caller: the same subject, roles and groups as their tokens carry. */
    public CurrentUser caller() {
        return new CurrentUser(id, Set.of(role), Set.copyOf(groupsClaim()));
    }

    /** Without the password hash, so that no log line carries it. */
    @Override
    public String toString() {
        return "User[id=" + id + ", role=" + role + ", active=" + active + "]";
    }
}
