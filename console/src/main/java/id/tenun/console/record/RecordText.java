package id.tenun.console.record;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

import id.tenun.console.group.Certificate;
import id.tenun.console.record.GroupRecord.Person;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.web.Formats;

/**
 * The words of a business record's PDF and spreadsheet in the reader's language, from the console's message
 * bundle: labels, months by name, the group's address, certificates, people and shops as one line each.
 */
final class RecordText {

    /** What an amount nobody reported shows: a dash, never 0. */
    static final String UNKNOWN = "–";

    private final MessageSource messages;
    private final Locale locale;
    private final Formats formats = new Formats();

    RecordText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String label(String key, Object... args) {
        return messages.getMessage("record." + key, args, locale);
    }

    String month(String yearMonth) {
        return Formats.month(yearMonth, locale);
    }

    /** Whole rupiah with dots between thousands, without the currency (the headings say rupiah). */
    String amount(long rupiah) {
        return formats.number(rupiah);
    }

    String amount(Long rupiah) {
        return rupiah == null ? UNKNOWN : amount(rupiah.longValue());
    }

    String channel(String channel) {
        return messages.getMessage("channel." + channel, null, channel, locale);
    }

    String period(GroupRecord record) {
        return label("period", month(record.figures().firstMonth()), month(record.figures().lastMonth()));
    }

    String address(Group group) {
        return label("address.value", group.villageName(), group.districtName(), group.regencyName());
    }

    String generated(GroupRecord record) {
        return label("generated", Formats.dateTime(record.generatedAt(), locale));
    }

    String nib(GroupRecord record) {
        return record.nib() == null ? label("nib.none") : record.nib();
    }

    String permits(GroupRecord record) {
        List<Certificate> permits = record.permits();
        return permits.isEmpty()
                ? label("none")
                : permits.stream().map(this::certificate)
                        .collect(Collectors.joining("; "));
    }

    private String certificate(Certificate certificate) {
        return certificate.expiresOn() == null
                ? label("certificate.noExpiry", certificate.kind(), certificate.number())
                : label("certificate.until", certificate.kind(), certificate.number(),
                        Formats.date(certificate.expiresOn(), locale));
    }

    String people(List<Person> people) {
        return people.isEmpty()
                ? label("none")
                : people.stream()
                        .map(person -> person.phone() == null
                                ? person.name()
                                : person.name() + " (" + person.phone() + ")")
                        .collect(Collectors.joining(", "));
    }

    String shops(GroupRecord record) {
        return record.shops().isEmpty()
                ? label("none")
                : record.shops().stream()
                        .map(shop -> label("shop", channel(shop.channel()), shop.shopId()))
                        .collect(Collectors.joining(", "));
    }

    String contact(Group group) {
        return group.contactPhone() == null ? group.contactName() : group.contactName() + " · " + group.contactPhone();
    }
}
