package id.tenun.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.events.group.GroupEvent;
import id.tenun.events.listing.ListingEvent;
import id.tenun.events.order.OrderEvent;
import id.tenun.events.product.ProductEvent;
import id.tenun.events.shop.ShopEvent;
import id.tenun.events.shoporder.ShopOrderEvent;
import id.tenun.events.webhook.WebhookEvent;

class TopicsUnitTests {

    @Test
    void declaresTheTopicsOfTheDesign() {
        assertThat(Topics.all())
                .extracting(TopicSpec::name, TopicSpec::partitions, TopicSpec::compacted, TopicSpec::retention,
                        TopicSpec::eventType)
                .containsExactly(tuple("catalog.products.v1", 6, true, null, ProductEvent.class),
                        tuple("catalog.groups.v1", 6, true, null, GroupEvent.class),
                        tuple("listing.status.v1", 6, false, Duration.ofDays(30), ListingEvent.class),
                        tuple("marketplace.webhooks.v1", 6, false, Duration.ofDays(7), WebhookEvent.class),
                        tuple("listing.shops.v1", 6, true, null, ShopEvent.class),
                        tuple("marketplace.orders.v1", 6, false, Duration.ofDays(7), ShopOrderEvent.class),
                        tuple("orders.v1", 6, false, Duration.ofDays(30), OrderEvent.class));
    }

    @Test
    void declaresADeadLetterTopicAfterEachTopicWithAsManyPartitionsAndNoCompaction() {
        assertThat(Topics.allWithDeadLetters()).hasSize(14);
        for (int i = 0; i < 14; i += 2) {
            TopicSpec topic = Topics.allWithDeadLetters().get(i);
            TopicSpec deadLetter = Topics.allWithDeadLetters().get(i + 1);
            assertThat(deadLetter.name()).isEqualTo(topic.name() + ".DLT");
            assertThat(deadLetter.partitions()).isEqualTo(topic.partitions());
            assertThat(deadLetter.compacted()).isFalse();
            assertThat(deadLetter.retention()).isEqualTo(Duration.ofDays(30));
        }
    }

    @Test
    void namesTheDeadLetterTopicOfATopic() {
        assertThat(Topics.deadLetterOf(Topics.ORDERS)).isEqualTo("orders.v1.DLT");
        assertThat(Topics.PRODUCTS_TOPIC.deadLetterName()).isEqualTo("catalog.products.v1.DLT");
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.deadLetterOf("orders.v1.DLT"))
                .withMessageContaining("dead-letter topic already");
    }

    @Test
    void givesKafkaConfigsAsPlainStrings() {
        assertThat(Topics.PRODUCTS_TOPIC.configs()).isEqualTo(Map.of("cleanup.policy", "compact"));
        assertThat(Topics.MARKETPLACE_WEBHOOKS_TOPIC.configs())
                .isEqualTo(Map.of("cleanup.policy", "delete", "retention.ms", "604800000"));
    }

    @Test
    void findsATopicByNameIncludingDeadLetterTopics() {
        assertThat(Topics.named("listing.status.v1")).isSameAs(Topics.LISTING_STATUS_TOPIC);
        assertThat(Topics.named("orders.v1.DLT").eventType()).isEqualTo(OrderEvent.class);
        assertThatIllegalArgumentException().isThrownBy(() -> Topics.named("orders.v2"))
                .withMessage("No Tenun topic is named 'orders.v2'");
    }

    @Test
    void putsEveryEventOnItsAggregatesTopicWithItsKey() {
        assertThat(Topics.of(Examples.productChanged()).name()).isEqualTo(Topics.PRODUCTS);
        assertThat(Examples.productChanged().key()).isEqualTo("prd-01HV3KERIPIK");
        assertThat(Topics.of(Examples.groupChanged()).name()).isEqualTo(Topics.GROUPS);
        assertThat(Examples.groupChanged().key()).isEqualTo("grp-sikka-dua");
        assertThat(Topics.of(Examples.listingRejected()).name()).isEqualTo(Topics.LISTING_STATUS);
        assertThat(Examples.listingRejected().key()).isEqualTo("prd-01HV3KERIPIK");
        assertThat(Topics.of(Examples.webhookReceived()).name()).isEqualTo(Topics.MARKETPLACE_WEBHOOKS);
        assertThat(Examples.webhookReceived().key()).isEqualTo("shopee:884213377:260314ABCD1234");
        assertThat(Topics.of(Examples.orderCancelled()).name()).isEqualTo(Topics.ORDERS);
        assertThat(Examples.orderCancelled().key()).isEqualTo("ord-000124");
    }

    @Test
    void refusesATopicDeclarationThatKafkaWouldMisread() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicSpec("x.v1", 6, true, Duration.ofDays(1), OrderEvent.class))
                .withMessageContaining("retention must be null for compacted topic x.v1");
        assertThatIllegalArgumentException().isThrownBy(() -> new TopicSpec("x.v1", 6, false, null, OrderEvent.class))
                .withMessageContaining("retention must be positive");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TopicSpec("x.v1", 0, false, Duration.ofDays(1), OrderEvent.class))
                .withMessageContaining("TopicSpec.partitions must be greater than 0");
    }

}
