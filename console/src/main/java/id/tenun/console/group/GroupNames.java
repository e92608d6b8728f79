package id.tenun.console.group;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.CatalogAnswers.GroupPage;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;
import id.tenun.console.services.ServiceUnreachable;

/**
 * Groups named on pages about something else (a user's group, a listing's, a form's choice of groups), read from the
 * catalog as the signed-in person. A name is a help there, not the point: a group the catalog does not answer for
 * keeps its id, and a catalog that does not answer leaves the page working with ids.
 */
@Component
public class GroupNames {

    /** The {@code aksi} of a form's button that searches groups: the form comes back with what was found. */
    public static final String SEARCH = "cariKelompok";

    /** The most groups a search offers at once: more means typing more of the name. */
    public static final int FOUND_AT_MOST = 10;
    /** The longest search text kept (the catalog's limit). */
    static final int QUERY_MAX = 100;

    /** A group a form offers: its id and how it is shown ({@code name · village}, or its id alone). */
    public record Choice(String id, String label) {
    }

    /** What a form offers: the groups, whether there are more than shown, whether the catalog answered. */
    public record Choices(List<Choice> items, boolean more, boolean answered) {
    }

    /** Each group's name by its id, in the order given; its id where the catalog gave no name. */
    public Map<String, String> of(As calls, Collection<String> groupIds) {
        Map<String, String> names = new LinkedHashMap<>();
        boolean reachable = true;
        for (String groupId : groupIds) {
            if (groupId == null || names.containsKey(groupId)) {
                continue;
            }
            String name = groupId;
            if (reachable) {
                try {
                    name = calls.get(Service.CATALOG, "/api/groups/{id}", Map.of("id", groupId), Group.class).name();
                } catch (ServiceRefused refused) {
                    name = groupId;
                } catch (ServiceUnreachable unreachable) {
                    reachable = false;
                }
            }
            names.put(groupId, name);
        }
        return names;
    }

    /**
     * The groups a form offers: those already chosen first (a search never drops them), then those whose name has
     * the text, by name (the first {@value #FOUND_AT_MOST} when there is no text); none when the catalog does not
     * answer (the form then takes ids).
     */
    public Choices choices(As calls, String query, Collection<String> chosen) {
        String text = query == null ? "" : query.strip();
        text = text.length() > QUERY_MAX ? text.substring(0, QUERY_MAX) : text;
        try {
            GroupPage found = calls.get(Service.CATALOG, "/api/groups?q={q}&page=0&size={s}",
                    Map.of("q", text, "s", FOUND_AT_MOST), GroupPage.class);
            Map<String, Choice> offered = new LinkedHashMap<>();
            for (String id : chosen) {
                if (id != null && !id.isBlank()) {
                    offered.put(id.strip(), chosen(calls, id.strip()));
                }
            }
            found.items().stream().sorted(Comparator.comparing(Group::name))
                    .forEach(group -> offered.putIfAbsent(group.id(), choice(group)));
            return new Choices(List.copyOf(offered.values()), found.total() > found.items().size(), true);
        } catch (ServiceRefused | ServiceUnreachable noAnswer) {
            return new Choices(List.of(), false, false);
        }
    }

    private static Choice chosen(As calls, String id) {
        try {
            return choice(calls.get(Service.CATALOG, "/api/groups/{id}", Map.of("id", id), Group.class));
        } catch (ServiceRefused refused) {
            return new Choice(id, id);
        }
    }

    private static Choice choice(Group group) {
        return new Choice(group.id(), group.name() + " · " + group.villageName());
    }
}
