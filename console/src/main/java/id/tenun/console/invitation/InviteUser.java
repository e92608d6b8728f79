package id.tenun.console.invitation;

import java.util.Set;
import java.util.function.UnaryOperator;

import id.tenun.console.user.EmailAddress;
import id.tenun.console.user.PhoneNumber;
import id.tenun.console.user.User;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.security.Role;

/**
 * Invites a person: their name, phone number and/or email as written (normalised here), role, and the group of a
 * member or the groups of a mentor. Who may invite whom is the invitation desk's rule ({@link InvitationDesk}).
 */
public record InviteUser(String name, String phone, String email, Role role, String groupId,
        Set<String> mentorGroupIds) {

    public InviteUser {
        if (blank(name)) {
            throw InvalidInput.of("name", "Tulis nama orang yang diundang.", "Name the person invited.");
        }
        if (role == null) {
            throw InvalidInput.of("role", "Pilih peran: ADMIN, STAFF, MENTOR atau GROUP_MEMBER.",
                    "Choose a role: ADMIN, STAFF, MENTOR or GROUP_MEMBER.");
        }
        if (blank(phone) && blank(email)) {
            throw InvalidInput.of("phone", "Tulis nomor HP atau email.", "Give a phone number or an email address.");
        }
        phone = read("phone", phone, written -> PhoneNumber.parse(written).e164(),
                "Nomor HP harus nomor seluler Indonesia: 0812…, +62812… atau 62812….");
        email = read("email", email, written -> EmailAddress.parse(written).value(), "Alamat email tidak dikenali.");
        mentorGroupIds = mentorGroupIds == null ? Set.of() : Set.copyOf(mentorGroupIds);
        User.checkGroups(role, groupId, mentorGroupIds);
    }

    /** The normalised form of what was written, or none for nothing written. */
    private static String read(String field, String written, UnaryOperator<String> reading, String indonesian) {
        if (blank(written)) {
            return null;
        }
        try {
            return reading.apply(written);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, indonesian, e.getMessage());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
