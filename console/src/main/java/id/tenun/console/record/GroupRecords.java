package id.tenun.console.record;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;

import id.tenun.console.group.Certificate;
import id.tenun.console.group.GroupData;
import id.tenun.console.record.GroupRecord.Person;
import id.tenun.console.record.GroupRecord.Shop;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.support.security.Role;

/**
 * Puts a group's business record together as the signed-in person: the catalog decides first whether they may see
 * the group (a member, an assigned mentor, staff; anyone else gets the catalog's 404), then the figures come from
 * the order service, the shops from listing sync, and the members and mentors from the console's own users.
 */
@Component
public class GroupRecords {

    private final GroupData data;
    private final Users users;
    GroupRecords(GroupData data, Users users) {
        this.data = data;
        this.users = users;
    }

    /** The record of the WITA months {@code from} to {@code to} as typed ({@code 2025-01}; blank: the last 12). */
    public GroupRecord of(As calls, String groupId, String from, String to, Locale locale) {
        Group group = data.group(calls, groupId);
        List<Certificate> certificates = Certificate.of(data.productRows(calls, groupId, locale), GroupData.today());
        List<User> people = users.ofGroup(group.id()).stream().filter(User::active).toList();
        List<Shop> shops = data.shops(calls, groupId).values().stream().filter(Objects::nonNull)
                .map(shop -> new Shop(shop.channel(), shop.shopId(), shop.state())).toList();
        return new GroupRecord(group, certificates, people(people, Role.GROUP_MEMBER, false),
                people(people, Role.MENTOR, true), shops, data.businessRecord(calls, groupId, from, to),
                Instant.now());
    }

    private static List<Person> people(List<User> people, Role role, boolean withPhone) {
        return people.stream().filter(user -> user.role() == role)
                .map(user -> new Person(user.name(), withPhone ? user.phone() : null)).toList();
    }
}
