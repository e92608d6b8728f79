package id.tenun.console.invitation;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.support.security.Role;

/**
 * A one-time link to set a password ({@code invitations}): either an invitation to become a user (who is invited, as
 * what) or a password reset of an existing user ({@code userId}); by whom, until when, and whether it was used or
 * revoked. Only a SHA-256 hash of the link's token is kept, so the stored invitation cannot be turned back into a
 * working link.
 */
@Document("invitations")
record Invitation(@Id String id, InvitationKind kind, String tokenHash, String name, String phone, String email,
        Role role,
        String groupId, Set<String> mentorGroupIds, String userId, String invitedBy, Instant createdAt,
        Instant expiresAt, Instant usedAt, Instant revokedAt) {

    Invitation {
        kind = kind == null ? InvitationKind.JOIN : kind;
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (kind == InvitationKind.RESET) {
            Objects.requireNonNull(userId, "userId");
        }
        mentorGroupIds = mentorGroupIds == null ? Set.of() : Set.copyOf(mentorGroupIds);
    }

    boolean openAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Without the token hash. */
    @Override
    public String toString() {
        return "Invitation[id=" + id + ", kind=" + kind + ", role=" + role + ", expiresAt=" + expiresAt + ", usedAt="
                + usedAt + ", revokedAt=" + revokedAt + "]";
    }
}
