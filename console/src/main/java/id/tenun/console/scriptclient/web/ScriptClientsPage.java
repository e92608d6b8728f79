package id.tenun.console.scriptclient.web;

import java.security.Principal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.tenun.console.audit.Actor;
import id.tenun.console.scriptclient.RegisterScriptClient;
import id.tenun.console.scriptclient.ScriptClient;
import id.tenun.console.scriptclient.ScriptClientDesk;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.console.web.InputProblems;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.NotFound;

/**
 * Klien skrip (admins only): the clients of scripts and integrations, newest first, revoked ones marked; a new one is
 * registered for reading sales, and its secret is shown this once with the lines that get a token with it. A client
 * is revoked after a confirmation. Both are in the account record (the desk's).
 */
@Controller
class ScriptClientsPage {

    private final SignedIn signedIn;
    private final ScriptClientDesk desk;
    private final Users users;

    ScriptClientsPage(SignedIn signedIn, ScriptClientDesk desk, Users users) {
        this.signedIn = signedIn;
        this.desk = desk;
        this.users = users;
    }

    @GetMapping("/pengguna/klien")
    String clients(Principal principal, Model model) {
        signedIn.admin(principal);
        return page("", Map.of(), model);
    }

    @PostMapping("/pengguna/klien")
    String register(@RequestParam(name = "nama", defaultValue = "") String name, Principal principal, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        User admin = signedIn.admin(principal);
        try {
            model.addAttribute("registered", desk.register(new RegisterScriptClient(name,
                    Set.of(ScriptClient.SALES_READ)), new Actor(admin.caller(), request.getRemoteAddr())));
            model.addAttribute("tokenUrl", ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/oauth2/token").toUriString());
            return page("", Map.of(), model);
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(name, InputProblems.of(invalid, locale), model);
        }
    }

    @PostMapping("/pengguna/klien/{clientId}/cabut")
    String revoke(@PathVariable String clientId, Principal principal, HttpServletRequest request,
            RedirectAttributes redirect) {
        User admin = signedIn.admin(principal);
        try {
            desk.revoke(clientId, new Actor(admin.caller(), request.getRemoteAddr()));
        } catch (NotFound notFound) {
            throw new PageNotFound("Script client " + clientId);
        }
        redirect.addFlashAttribute("revoked", clientId);
        return "redirect:/pengguna/klien";
    }

    private String page(String name, Map<String, String> problems, Model model) {
        var clients = desk.all();
        Set<String> people = new HashSet<>();
        clients.forEach(client -> {
            people.add(client.createdBy());
            people.add(client.revokedBy());
        });
        people.remove(null);
        model.addAttribute("clients", clients);
        model.addAttribute("people", users.names(people));
        model.addAttribute("name", name);
        model.addAttribute("problems", problems);
        model.addAttribute("admin", true);
        return "script-clients";
    }
}
