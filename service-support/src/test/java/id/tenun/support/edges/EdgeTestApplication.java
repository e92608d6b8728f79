package id.tenun.support.edges;

import java.util.Map;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.support.security.CurrentUser;

/** A minimal service with the shared edges, to test them as every Tenun service gets them. */
@SpringBootApplication
class EdgeTestApplication {

    record Sample(@NotBlank String name, @Min(0) long price, @Size(max = 3) String code) {
    }

    @RestController
    static class SampleController {

        @GetMapping("/api/me")
        Map<String, Object> me(CurrentUser user) {
            return Map.of("subject", user.subject(), "roles", new TreeSet<>(user.roles()),
                    "groups", new TreeSet<>(user.groups()));
        }

        @GetMapping("/api/groups/{groupId}/secret")
        Map<String, Object> groupSecret(@PathVariable String groupId, CurrentUser user) {
            return Map.of("groupId", groupId, "allowed", user.mayActFor(groupId));
        }

        @PostMapping("/api/samples")
        Sample create(@Valid @RequestBody Sample sample) {
            return sample;
        }

        @GetMapping("/api/samples/{count}")
        Map<String, Integer> count(@PathVariable int count) {
            return Map.of("count", count);
        }

        @GetMapping("/api/boom")
        String boom() {
            throw new IllegalStateException("internal detail that must not leak");
        }
    }
}
