package id.tenun.listing.shop.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.listing.shop.ChannelHealth;
import id.tenun.support.security.CurrentUser;

/** How each marketplace channel is doing, for people; the same breakers and limiters are in actuator health. */
@RestController
class ChannelHealthController {

    private final ChannelHealth health;

    ChannelHealthController(ChannelHealth health) {
        this.health = health;
    }

    @Operation(summary = "Report each channel's shops: breaker, quota and errors")
    @GetMapping("/api/channels/health")
    List<ChannelHealth.ChannelReport> health(CurrentUser user) {
        return health.report(user);
    }

}
