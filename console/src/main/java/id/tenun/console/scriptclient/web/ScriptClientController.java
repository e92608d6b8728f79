package id.tenun.console.scriptclient.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.console.audit.Actor;
import id.tenun.console.scriptclient.RegisterScriptClient;
import id.tenun.console.scriptclient.ScriptClient;
import id.tenun.console.scriptclient.ScriptClientDesk;
import id.tenun.console.scriptclient.ScriptClientDesk.Registered;
import id.tenun.support.security.CurrentUser;

/**
 * Admins register, list and revoke the clients of scripts (ADMIN only, as all of {@code /api/admin/**}). The secret is
 * in the answer to the registration alone; the list shows no secret and no hash.
 */
@RestController
@RequestMapping("/api/admin/script-clients")
class ScriptClientController {

    private final ScriptClientDesk desk;

    ScriptClientController(ScriptClientDesk desk) {
        this.desk = desk;
    }

    /** A client as the list shows it: everything but its secret's hash. */
    record Listed(String clientId, String name, Set<String> scopes, String createdBy, Instant createdAt,
            String revokedBy, Instant revokedAt, boolean active) {

        static Listed of(ScriptClient client) {
            return new Listed(client.clientId(), client.name(), client.scopes(), client.createdBy(),
                    client.createdAt(), client.revokedBy(), client.revokedAt(), client.active());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(@RequestBody RegisterScriptClient command, CurrentUser by, HttpServletRequest request) {
        return desk.register(command, new Actor(by, request.getRemoteAddr()));
    }

    @GetMapping
    List<Listed> all() {
        return desk.all().stream().map(Listed::of).toList();
    }

    @DeleteMapping("/{clientId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String clientId, CurrentUser by, HttpServletRequest request) {
        desk.revoke(clientId, new Actor(by, request.getRemoteAddr()));
    }
}
