package id.tenun.catalog.product;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.tenun.catalog.group.Group;
import id.tenun.catalog.group.GroupChangedLocally;
import id.tenun.catalog.publishing.Outbox;

/** When a group moves village, changes programme or pauses, its products follow, each as a new version. */
@Component
class GroupFollower {

    private final Products products;
    private final Outbox outbox;
    private final Clock clock;

    GroupFollower(Products products, Outbox outbox, Clock clock) {
        this.products = products;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(GroupChangedLocally changed) {
        Group group = changed.group();
        products.groupChanged(group.id(), group.villageCode(), group.programme(), group.active(), clock.instant());
        outbox.changed();
    }
}
