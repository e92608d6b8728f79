package id.tenun.listing.connection.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.ShopAuthorizations;
import id.tenun.listing.connection.ShopAuthorizer;
import id.tenun.support.security.CurrentUser;

/**
 * A group connects its shop through the marketplace's seller authorization: a member starts it (and is sent to the
 * marketplace), the seller's browser comes back to the callback, which needs no bearer token: the state it carries
 * is the proof, good once and for minutes.
 */
@RestController
class ShopAuthorizationController {

    private final ShopAuthorizations authorizations;

    ShopAuthorizationController(ShopAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @Operation(summary = "Start connecting a group's shop on a marketplace")
    @PostMapping("/api/groups/{groupId}/connections/{channel}/authorization")
    @ResponseStatus(HttpStatus.CREATED)
    AuthorizationStarted start(@PathVariable String groupId, @PathVariable String channel, CurrentUser user) {
        user.requireGroup(groupId, "Group", groupId);
        ShopAuthorizations.Started started = authorizations.start(groupId, channel, user.subject());
        return new AuthorizationStarted(started.authorizationUrl().toString(), started.expiresAt());
    }

    @Operation(summary = "Finish a shop's authorization (marketplace redirect)")
    @GetMapping("/shops/callback/{channel}")
    ShopConnected callback(@PathVariable String channel, @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(name = "shop_id", required = false) String shopId,
            @RequestParam(required = false) String error) {
        Connection connection = authorizations.complete(channel,
                new ShopAuthorizations.SellerCallback(code, state, shopId, error));
        return new ShopConnected(connection.groupId(), connection.channel(), connection.shopId(),
                connection.status());
    }

    /** The marketplace did not answer the code exchange: the seller may try again shortly. */
    @ExceptionHandler(ShopAuthorizer.CodeExchangeFailed.class)
    ProblemDetail marketplaceUnreachable(ShopAuthorizer.CodeExchangeFailed failed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "The marketplace did not answer the authorization code. Nothing was connected; start connecting the "
                        + "shop again in a few minutes.");
        problem.setTitle("Marketplace unreachable");
        problem.setProperty("id", "Marketplace tidak menjawab kode izin. Tidak ada yang terhubung; mulai lagi "
                + "menghubungkan toko beberapa menit lagi.");
        return problem;
    }

    /** Where to send the seller ({@code authorizationUrl}), and until when the answer is taken. */
    record AuthorizationStarted(String authorizationUrl, Instant expiresAt) {
    }

    /** The shop now connected to the group. */
    record ShopConnected(String groupId, String channel, String shopId, Connection.Status status) {
    }
}
