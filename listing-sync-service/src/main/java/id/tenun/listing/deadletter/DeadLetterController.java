package id.tenun.listing.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.listing.deadletter.kafka.DeadLetterReplay;
import id.tenun.support.security.CurrentUser;

/** {@code POST /api/dead-letters/{topic}/replay?max=}: staff re-feed dead letters once their cause is fixed. */
@RestController
@Validated
class DeadLetterController {

    private final DeadLetterReplay replay;

    DeadLetterController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @Operation(summary = "Replay a dead-letter topic's records")
    @PostMapping("/api/dead-letters/{topic}/replay")
    DeadLetterReplay.Replayed replay(@PathVariable String topic,
            @RequestParam(defaultValue = "1000") @Min(1) @Max(100_000) int max, CurrentUser user) {
        user.requireStaff("replay dead letters");
        return replay.replay(topic, max);
    }

}
