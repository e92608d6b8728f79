package id.tenun.catalog.group;

import java.util.Collection;

import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupStatus;

/** What a list of groups is filtered by; every part may be null. */
public record GroupQuery(String regencyCode, String districtCode, Programme programme, GroupStatus status) {

    Groups.Filter filter(Collection<String> visible) {
        return new Groups.Filter(visible, blankToNull(regencyCode), blankToNull(districtCode), programme, status);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
