package id.tenun.console.record;

import java.time.Instant;
import java.util.List;

import id.tenun.console.group.Certificate;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.OrderAnswers.BusinessRecord;

/**
 * A group's business record, the one a group takes to a bank: who the group is (from the catalog), its people (the
 * console's own users: members, and the mentors assigned to it), its shops (listing sync) and its sales over the
 * period (the order service), as at {@code generatedAt}.
 */
public record GroupRecord(Group group, List<Certificate> certificates, List<Person> members, List<Person> mentors,
        List<Shop> shops, BusinessRecord figures, Instant generatedAt) {

    /** The kind of certificate that is the business's registration number (Nomor Induk Berusaha). */
    static final String NIB = "NIB";

    public GroupRecord {
        certificates = List.copyOf(certificates);
        members = List.copyOf(members);
        mentors = List.copyOf(mentors);
        shops = List.copyOf(shops);
    }

    /** A member or mentor, by name, with a phone number for a mentor. */
    public record Person(String name, String phone) {
    }

    /** The group's shop on a marketplace: {@code state} connected, or reauthorize when it needs granting again. */
    public record Shop(String channel, String shopId, String state) {
    }

    /** The group's NIB as the catalog keeps it, else the one a product carries, or null when there is none. */
    public String nib() {
        return group.nib() != null
                ? group.nib()
                : certificates.stream().filter(certificate -> NIB.equals(certificate.kind()))
                        .map(Certificate::number).findFirst().orElse(null);
    }

    /** Its permits and certificates other than the NIB. */
    public List<Certificate> permits() {
        return certificates.stream().filter(certificate -> !NIB.equals(certificate.kind())).toList();
    }
}
