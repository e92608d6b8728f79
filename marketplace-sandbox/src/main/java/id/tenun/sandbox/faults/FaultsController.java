package id.tenun.sandbox.faults;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /sandbox/faults}: read, set per channel, clear. */
@RestController
@RequestMapping("/sandbox/faults")
class FaultsController {

    private final Faults faults;

    FaultsController(Faults faults) {
        this.faults = faults;
    }

    @GetMapping
    Map<String, FaultSettings> all() {
        return faults.all();
    }

    @PutMapping("/{channel}")
    ResponseEntity<FaultSettings> set(@PathVariable String channel, @RequestBody FaultSettings settings) {
        try {
            faults.set(channel, settings);
            return ResponseEntity.ok(faults.of(channel));
        } catch (IllegalArgumentException ex) {
            return ResponseEntity.notFound().build();
        }
    }

    @DeleteMapping
    ResponseEntity<Void> clear() {
        faults.clear();
        return ResponseEntity.noContent().build();
    }
}
