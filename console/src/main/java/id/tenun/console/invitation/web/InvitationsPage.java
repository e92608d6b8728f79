package id.tenun.console.invitation.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.audit.Actor;
import id.tenun.console.group.GroupNames;
import id.tenun.console.invitation.InvitationDesk;
import id.tenun.console.invitation.InvitationView;
import id.tenun.console.invitation.InviteUser;
import id.tenun.console.paging.PageOf;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.Text;
import id.tenun.console.user.Stewardship;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.console.web.FormValues;
import id.tenun.console.web.InputProblems;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.Forbidden;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.Role;

/**
 * Undangan (staff and admins): the invitation and reset links, newest first (what, for whom, by whom, until when,
 * where each stands), a still-open one revoked in a tap; and the form to invite anyone the caller may invite: the
 * link is shown this once, to send by WhatsApp or SMS. The rules are the invitation desk's.
 */
@Controller
class InvitationsPage {

    static final int PAGE_SIZE = 20;

    private final SignedIn signedIn;
    private final ServiceCalls services;
    private final InvitationDesk desk;
    private final Users users;
    private final GroupNames groups;

    InvitationsPage(SignedIn signedIn, ServiceCalls services, InvitationDesk desk, Users users, GroupNames groups) {
        this.signedIn = signedIn;
        this.services = services;
        this.desk = desk;
        this.users = users;
        this.groups = groups;
    }

    /** The invitation form as typed: kept when the desk refuses it, or while groups are searched by name. */
    record InviteForm(String nama, String hp, String email, String peran, String kelompok,
            List<String> kelompokDampingan, String cariKelompok) {

        InviteForm {
            kelompokDampingan = kelompokDampingan == null ? List.of() : List.copyOf(kelompokDampingan);
            cariKelompok = cariKelompok == null ? "" : cariKelompok;
        }

        static InviteForm empty() {
            return new InviteForm("", "", "", "", "", List.of(), "");
        }

        InviteUser command() {
            return new InviteUser(nama, hp, email, FormValues.role(peran), kelompok,
                    FormValues.groupIds(kelompokDampingan));
        }
    }

    @GetMapping("/pengguna/undangan")
    String invitations(@RequestParam(name = "halaman", defaultValue = "0") int page, Principal principal,
            Model model) {
        return page(signedIn.steward(principal), page, InviteForm.empty(), Map.of(), model);
    }

    @PostMapping("/pengguna/undangan")
    String invite(@ModelAttribute InviteForm form, @RequestParam(name = "aksi", defaultValue = "") String action,
            Principal principal, Locale locale, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        User caller = signedIn.steward(principal);
        if (GroupNames.SEARCH.equals(action)) {
            return page(caller, 0, form, Map.of(), model);
        }
        try {
            model.addAttribute("link", desk.invite(form.command(), actor(caller, request)));
            model.addAttribute("invited", form.nama().strip());
            return page(caller, 0, InviteForm.empty(), Map.of(), model);
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(caller, 0, form, InputProblems.of(invalid, locale), model);
        } catch (Conflict taken) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(caller, 0, form, Map.of("phone", new Text(taken.id(), taken.en()).in(locale)), model);
        } catch (Forbidden refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("refused", true);
            return page(caller, 0, form, Map.of(), model);
        }
    }

    @PostMapping("/pengguna/undangan/{id}/cabut")
    String revoke(@PathVariable String id, Principal principal, HttpServletRequest request,
            RedirectAttributes redirect) {
        User caller = signedIn.steward(principal);
        try {
            desk.revoke(id, actor(caller, request));
            redirect.addFlashAttribute("done", "invitations.done.revoked");
        } catch (NotFound notFound) {
            throw new PageNotFound("Invitation " + id);
        } catch (Conflict closed) {
            redirect.addFlashAttribute("closed", true);
        } catch (Forbidden refused) {
            redirect.addFlashAttribute("refused", true);
        }
        return "redirect:/pengguna/undangan";
    }

    private String page(User caller, int page, InviteForm form, Map<String, String> problems, Model model) {
        As calls = services.as(caller);
        int pageShown = Math.max(0, Math.min(page, PageRequest.MAX_PAGE));
        PageOf<InvitationView> links = desk.list(PageRequest.of(pageShown, PAGE_SIZE, PAGE_SIZE), caller.caller());
        List<String> groupIds = new ArrayList<>();
        Set<String> people = new LinkedHashSet<>();
        links.items().forEach(link -> {
            if (link.groupId() != null) {
                groupIds.add(link.groupId());
            }
            groupIds.addAll(link.mentorGroupIds() == null ? Set.of() : link.mentorGroupIds());
            people.add(link.invitedBy());
        });
        model.addAttribute("links", links);
        model.addAttribute("lastPage", (long) (pageShown + 1) * PAGE_SIZE >= links.total());
        model.addAttribute("groupNames", groups.of(calls, groupIds));
        model.addAttribute("people", users.names(people));
        model.addAttribute("roles", Stewardship.rolesLookedAfter(caller.caller()));
        model.addAttribute("choices", groups.choices(calls, form.cariKelompok(),
                FormValues.chosenGroups(form.kelompok(), form.kelompokDampingan())));
        model.addAttribute("groupQuery", form.cariKelompok());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("admin", caller.role() == Role.ADMIN);
        return "invitations";
    }

    private static Actor actor(User caller, HttpServletRequest request) {
        return new Actor(caller.caller(), request.getRemoteAddr());
    }
}
