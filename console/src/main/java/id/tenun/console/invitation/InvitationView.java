package id.tenun.console.invitation;

import java.time.Instant;
import java.util.Set;

import id.tenun.support.security.Role;

/**
 * An invitation or reset link as staff see it in the list: to whom, as what, by whom, when, and its state now. Never
 * the link or its token's hash.
 */
public record InvitationView(String id, InvitationKind kind, State state, String name, String phone, String email,
        Role role,
        String groupId, Set<String> mentorGroupIds, String userId, String invitedBy, Instant createdAt,
        Instant expiresAt, Instant usedAt, Instant revokedAt) {

    /** Where the link is in its life. */
    public enum State {
        OPEN, USED, REVOKED, EXPIRED
    }

    static InvitationView of(Invitation invitation, Instant now) {
        State state = invitation.usedAt() != null
                ? State.USED
                : invitation.revokedAt() != null
                        ? State.REVOKED
                        : invitation.openAt(now) ? State.OPEN : State.EXPIRED;
        return new InvitationView(invitation.id(), invitation.kind(), state, invitation.name(), invitation.phone(),
                invitation.email(), invitation.role(), invitation.groupId(), invitation.mentorGroupIds(),
                invitation.userId(), invitation.invitedBy(), invitation.createdAt(), invitation.expiresAt(),
                invitation.usedAt(), invitation.revokedAt());
    }
}
