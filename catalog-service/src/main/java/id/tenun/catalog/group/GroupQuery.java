package id.tenun.catalog.group;

import java.util.Collection;

import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupStatus;
import id.tenun.support.problems.InvalidInput;

/**
 * What a list of groups is filtered by; every part may be null. {@code name} is a part of the name (any case), at
 * most {@value #NAME_MAX} characters.
 */
public record GroupQuery(String regencyCode, String districtCode, Programme programme, GroupStatus status,
        String name) {

    static final int NAME_MAX = 100;

    public GroupQuery {
        if (name != null && name.strip().length() > NAME_MAX) {
            throw InvalidInput.of("q", "Kata pencarian paling banyak " + NAME_MAX + " karakter.",
                    "The search text may have at most " + NAME_MAX + " characters.");
        }
    }

    /** Every group of those filters, whatever its name. */
    public GroupQuery(String regencyCode, String districtCode, Programme programme, GroupStatus status) {
        this(regencyCode, districtCode, programme, status, null);
    }

    Groups.Filter filter(Collection<String> visible) {
        return new Groups.Filter(visible, blankToNull(regencyCode), blankToNull(districtCode), programme, status,
                blankToNull(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
