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

    /** The most groups a form offers to choose from (the catalog's largest page). */
    public static final int CHOICES_AT_MOST = 200;

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

    /** The groups a form offers, by name; none when the catalog does not answer (the form then takes ids). */
    public List<Group> choices(As calls) {
        try {
            return calls.get(Service.CATALOG, "/api/groups?page=0&size={s}", Map.of("s", CHOICES_AT_MOST),
                    GroupPage.class).items().stream().sorted(Comparator.comparing(Group::name)).toList();
        } catch (ServiceRefused | ServiceUnreachable noAnswer) {
            return List.of();
        }
    }
}
