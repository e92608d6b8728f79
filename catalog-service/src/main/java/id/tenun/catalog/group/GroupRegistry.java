package id.tenun.catalog.group;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import id.tenun.catalog.area.Areas;
import id.tenun.catalog.area.Place;
import id.tenun.catalog.category.Categories;
import id.tenun.catalog.paging.PageOf;
import id.tenun.catalog.publishing.Outbox;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.NotFound;
import id.tenun.support.problems.StaleVersion;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/** Registers, changes and finds producer groups, each change bound for {@code catalog.groups.v1}. */
@Service
public class GroupRegistry {

    private final Groups groups;
    private final Areas areas;
    private final Categories categories;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupRegistry(Groups groups, Areas areas, Categories categories, Outbox outbox, ApplicationEventPublisher events,
            Clock clock) {
        this.groups = groups;
        this.areas = areas;
        this.categories = categories;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    public Group register(GroupDetails details, CurrentUser user) {
        user.requireStaff("register groups");
        Place place = place(details.villageCode());
        Instant now = clock.instant();
        Group group = new Group("grp-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), 1, 0, true,
                details.name(), details.programme(), details.kind(), place.village().code(), place.village().name(),
                place.district().code(), place.district().name(), place.regency().code(), place.regency().name(),
                place.province().code(), details.contactName(), details.contactPhone(), details.nib(),
                productKinds(details), details.status(), now, now, user.subject());
        groups.register(group);
        outbox.changed();
        return group;
    }

    public Group update(String id, GroupDetails details, Long basedOn, CurrentUser user) {
        user.requireRole("change a group", Role.ADMIN, Role.STAFF, Role.MENTOR);
        Group current = find(id, user);
        if (basedOn != null && basedOn != current.version()) {
            throw new StaleVersion("Group", id, basedOn, current.version());
        }
        Place place = place(details.villageCode());
        Group next = new Group(id, current.version() + 1, current.publishedVersion(), true, details.name(),
                details.programme(), details.kind(), place.village().code(), place.village().name(),
                place.district().code(), place.district().name(), place.regency().code(), place.regency().name(),
                place.province().code(), details.contactName(), details.contactPhone(), details.nib(),
                productKinds(details), details.status(), current.createdAt(), clock.instant(), user.subject());
        if (!groups.replace(next, current.version())) {
            long now = groups.byId(id).map(Group::version).orElse(current.version());
            throw new StaleVersion("Group", id, current.version(), now);
        }
        if (!next.villageCode().equals(current.villageCode()) || next.programme() != current.programme()
                || next.status() != current.status()) {
            events.publishEvent(new GroupChangedLocally(next));
        }
        outbox.changed();
        return next;
    }

    /** The group, if the user may act for it; otherwise as if it did not exist. */
    public Group find(String id, CurrentUser user) {
        user.requireGroup(id, "Group", id);
        return groups.byId(id).orElseThrow(() -> new NotFound("Group", id));
    }

    public PageOf<Group> list(GroupQuery query, CurrentUser user, PageRequest page) {
        return groups.page(query.filter(user.visibleGroups()), page);
    }

    public List<Groups.Count> counts(GroupQuery query, CurrentUser user) {
        return groups.counts(query.filter(user.visibleGroups()));
    }

    private List<String> productKinds(GroupDetails details) {
        for (String code : details.productKinds()) {
            if (categories.leaf(code).isEmpty()) {
                throw InvalidInput.of("productKinds", "Jenis produk " + code + " tidak ada dalam kategori Tenun.",
                        "Product kind " + code + " is not one of Tenun's categories.");
            }
        }
        return details.productKinds();
    }

    private Place place(String villageCode) {
        return areas.place(villageCode).orElseThrow(() -> InvalidInput.of("villageCode",
                "Kode desa " + villageCode + " tidak ada dalam data wilayah Indonesia.",
                "Village code " + villageCode + " is not in the Indonesian area data."));
    }
}
