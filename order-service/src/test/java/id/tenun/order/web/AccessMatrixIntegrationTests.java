package id.tenun.order.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.testsupport.access.AccessMatrix;
import id.tenun.testsupport.access.AccessMatrix.Rule;
import id.tenun.testsupport.access.AccessRequest;
import id.tenun.testsupport.access.AccessWalker;
import id.tenun.testsupport.access.Caller;

/**
 * The order service answers every caller on every endpoint as its access matrix says (a script client reads the
 * sales of every group and nothing else), and has no endpoint without a rule.
 */
class AccessMatrixIntegrationTests extends OrderServiceIntegrationTestSupport {

    private static final AccessMatrix MATRIX = AccessMatrix.read("/access-matrix.csv");

    @Autowired
    ApplicationContext context;

    AccessWalker walker;
    String group;
    String order;

    @BeforeEach
    void anOrderOfTheGroup() {
        walker = new AccessWalker(MATRIX, context, port);
        group = unique("grp-matrix");
        order = paidOrderOf(group);
    }

    @Test
    void everyEndpointHasARuleAndEveryRuleAnEndpoint() {
        walker.assertEveryEndpointHasARule();
    }

    @Test
    void answersEveryCallerAsTheMatrixSays() {
        walker.walk(group, unique("grp-other"), this::request);
    }

    private AccessRequest request(Rule rule, Caller caller) {
        return AccessRequest.to(rule.path().replace("{groupId}", group).replace("{id}", order));
    }
}
