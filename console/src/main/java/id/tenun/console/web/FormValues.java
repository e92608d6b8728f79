package id.tenun.console.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.tenun.support.security.Role;

/** How the account forms read what was chosen: a role by its name, groups from a list or from ids typed with commas. */
public final class FormValues {

    private FormValues() {
    }

    /** The role of this name, or none for nothing or anything else. */
    public static Role role(String name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst().orElse(null);
    }

    /** The group ids chosen (a multiple choice) or typed (comma-separated), without blanks and repeats. */
    public static Set<String> groupIds(List<String> chosen) {
        Set<String> ids = new LinkedHashSet<>();
        if (chosen != null) {
            chosen.forEach(value -> Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                    .forEach(ids::add));
        }
        return ids;
    }

    /** Every group an access form has chosen: the member's group, then the mentor's groups. */
    public static Set<String> chosenGroups(String groupId, List<String> mentorGroupIds) {
        Set<String> ids = new LinkedHashSet<>();
        if (groupId != null && !groupId.isBlank()) {
            ids.add(groupId.strip());
        }
        ids.addAll(groupIds(mentorGroupIds));
        return ids;
    }
}
