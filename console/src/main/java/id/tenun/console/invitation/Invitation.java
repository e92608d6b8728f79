package id.tenun.console.invitation;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.support.security.Role;

/**
 * An invitation to become a user ({@code invitations}): who is invited, as what, by whom, until when, and whether the
 * link was used. Only a SHA-256 hash of the link's token is kept, so the stored invitation cannot be turned back into
 * a working link.
 */
@Document("invitations")
record Invitation(@Id String id, String tokenHash, String name, String phone, String email, Role role,
        String groupId, Set<String> mentorGroupIds, String invitedBy, Instant createdAt, Instant expiresAt,
        Instant usedAt) {

    Invitation {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(expiresAt, "expiresAt");
        mentorGroupIds = mentorGroupIds == null ? Set.of() : Set.copyOf(mentorGroupIds);
    }

    boolean openAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Without the token hash. */
    @Override
    public String toString() {
        return "Invitation[id=" + id + ", role=" + role + ", expiresAt=" + expiresAt + ", usedAt=" + usedAt + "]";
    }
}
