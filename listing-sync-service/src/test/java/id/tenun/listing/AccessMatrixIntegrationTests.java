package id.tenun.listing;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.access.AccessMatrix;
import id.tenun.testsupport.access.AccessMatrix.Rule;
import id.tenun.testsupport.access.AccessRequest;
import id.tenun.testsupport.access.AccessWalker;
import id.tenun.testsupport.access.Caller;

/** Listing sync answers every caller on every endpoint as its access matrix says, and has no endpoint without a rule. */
class AccessMatrixIntegrationTests extends ListingSyncIntegrationTestSupport {

    private static final AccessMatrix MATRIX = AccessMatrix.read("/access-matrix.csv");
    private static final String CHANNEL = "shopee";

    @Autowired
    ApplicationContext context;

    AccessWalker walker;
    String group;
    String listing;

    @BeforeEach
    void aConnectedGroupWithAListing() {
        walker = new AccessWalker(MATRIX, context, port);
        group = "grp-matrix-" + System.nanoTime();
        connect(group, CHANNEL, 1, null);
        String product = "prd-" + group;
        publish(product(product, group, 1, 10_000, 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !listingsOf(product).isEmpty());
        listing = listingsOf(product).get(0).id();
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        walker.assertEveryEndpointHasARule();
    }

    @Test
    void answersEveryCallerAsTheMatrixSays() {
        walker.walk(group, "grp-matrix-other", this::request);
    }

    private AccessRequest request(Rule rule, Caller caller) {
        String path = rule.path().replace("{groupId}", group).replace("{channel}", CHANNEL).replace("{id}", listing)
                .replace("{topic}", "orders.v1");
        return switch (rule.key()) {
            case "PUT /api/groups/{groupId}/connections/{channel}" ->
                AccessRequest.json(path, "{\"shopId\":\"" + SandboxServer.shop(CHANNEL, 1) + "\"}");
            case "DELETE /api/groups/{groupId}/connections/{channel}" -> {
                connect(group, CHANNEL, 1, null);
                yield AccessRequest.to(path);
            }
            default -> AccessRequest.to(path);
        };
    }
}
