package id.tenun.console.audit.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.tenun.console.account.ChangeAccess;
import id.tenun.console.audit.AccountRecord;
import id.tenun.console.group.GroupNames;
import id.tenun.console.services.ServiceCalls.As;

/**
 * The detail line of account records in words, in the reader's language: a role and groups changed (roles named, groups
 * by their names from the catalog), the role an invitation was for, the link revoked or issued, the script client.
 * A detail in a form it does not know is shown as stored.
 */
@Component
class RecordDetails {

    private static final String ARROW = " -> ";

    private final MessageSource messages;
    private final GroupNames groupNames;

    RecordDetails(MessageSource messages, GroupNames groupNames) {
        this.messages = messages;
        this.groupNames = groupNames;
    }

    /** Each record's detail in words, by record id; records without a detail are left out. */
    Map<String, String> of(As calls, Collection<AccountRecord> records, Locale locale) {
        List<String> groups = new ArrayList<>();
        records.forEach(record -> access(record).ifPresent(change -> change.forEach(access -> groups.addAll(
                groupsOf(access)))));
        Map<String, String> names = groups.isEmpty() ? Map.of() : groupNames.of(calls, groups);
        Map<String, String> words = new HashMap<>();
        for (AccountRecord record : records) {
            if (record.detail() != null && record.id() != null) {
                words.put(record.id(), words(record, names, locale));
            }
        }
        return words;
    }

    private String words(AccountRecord record, Map<String, String> names, Locale locale) {
        String detail = record.detail();
        String[] parts = detail.split(" ");
        return switch (record.action()) {
            case ACCESS_CHANGED -> access(record).map(change -> message("records.detail.access", locale,
                    access(change.get(0), names, locale), access(change.get(1), names, locale))).orElse(detail);
            case INVITED -> parts.length == 4 && parts[0].equals("invitation") && parts[2].equals("as")
                    ? message("records.detail.invited", locale, message("role." + parts[3], locale), parts[1])
                    : detail;
            case RESET_ISSUED, LINK_REVOKED -> parts.length == 2 && parts[0].equals("link")
                    ? message("records.detail.link", locale, parts[1])
                    : detail;
            case SCRIPT_CLIENT_REGISTERED, SCRIPT_CLIENT_REVOKED -> parts.length > 1
                    ? message("records.detail.client", locale, parts[0], detail.substring(parts[0].length() + 1))
                    : detail;
            default -> detail;
        };
    }

    /** The role and groups before and after of an access change, when its detail reads as one. */
    private static Optional<List<ChangeAccess>> access(AccountRecord record) {
        if (record.action() != AccountRecord.Action.ACCESS_CHANGED || record.detail() == null
                || !record.detail().contains(ARROW)) {
            return Optional.empty();
        }
        String[] sides = record.detail().split(ARROW, 2);
        Optional<ChangeAccess> before = ChangeAccess.read(sides[0]);
        Optional<ChangeAccess> after = ChangeAccess.read(sides[1]);
        return before.isPresent() && after.isPresent()
                ? Optional.of(List.of(before.get(), after.get()))
                : Optional.empty();
    }

    private String access(ChangeAccess access, Map<String, String> names, Locale locale) {
        String role = message("role." + access.role(), locale);
        List<String> groups = groupsOf(access).stream().map(id -> names.getOrDefault(id, id)).sorted().toList();
        return groups.isEmpty() ? role : message("records.detail.role", locale, role, String.join(", ", groups));
    }

    private static List<String> groupsOf(ChangeAccess access) {
        return Stream.concat(Stream.ofNullable(access.groupId()), access.mentorGroupIds().stream()).toList();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
