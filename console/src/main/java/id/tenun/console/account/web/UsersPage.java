package id.tenun.console.account.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.account.AccountDesk;
import id.tenun.console.account.ChangeAccess;
import id.tenun.console.account.UserView;
import id.tenun.console.audit.Actor;
import id.tenun.console.group.GroupNames;
import id.tenun.console.invitation.InvitationDesk;
import id.tenun.console.invitation.InvitationDesk.Invited;
import id.tenun.console.paging.PageOf;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.user.Stewardship;
import id.tenun.console.user.User;
import id.tenun.console.web.FormValues;
import id.tenun.console.web.InputProblems;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.Forbidden;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.NotFound;
import id.tenun.support.security.Role;

/**
 * Pengguna (staff and admins): the users by role, searched by name, phone number ({@code 0812…}) or email, 20 a page;
 * and one user's page, where whoever looks after the account ({@link Stewardship}) makes a password-reset link (shown
 * once), disables it (after a confirmation) or enables it, and changes its role and groups. The rules are the
 * desks'; a refusal is said in words on the same page.
 */
@Controller
class UsersPage {

    static final int PAGE_SIZE = 20;
    private static final int LONGEST_SEARCH = 100;

    private final SignedIn signedIn;
    private final ServiceCalls services;
    private final AccountDesk accounts;
    private final InvitationDesk invitations;
    private final GroupNames groups;

    UsersPage(SignedIn signedIn, ServiceCalls services, AccountDesk accounts, InvitationDesk invitations,
            GroupNames groups) {
        this.signedIn = signedIn;
        this.services = services;
        this.accounts = accounts;
        this.invitations = invitations;
        this.groups = groups;
    }

    @GetMapping("/pengguna")
    String users(@RequestParam(name = "peran", required = false) String role,
            @RequestParam(name = "cari", defaultValue = "") String search,
            @RequestParam(name = "halaman", defaultValue = "0") int page, Principal principal, Model model) {
        User caller = signedIn.steward(principal);
        Role shown = FormValues.role(role);
        String text = search.strip().length() > LONGEST_SEARCH
                ? search.strip().substring(0, LONGEST_SEARCH)
                : search.strip();
        int pageShown = Math.max(0, Math.min(page, PageRequest.MAX_PAGE));
        PageOf<UserView> users = accounts.list(shown, text.isEmpty() ? null : text,
                PageRequest.of(pageShown, PAGE_SIZE, PAGE_SIZE), caller.caller());
        Set<String> groupIds = new LinkedHashSet<>();
        users.items().forEach(user -> groupIds.addAll(groupsOf(user)));
        model.addAttribute("users", users);
        model.addAttribute("groupNames", groups.of(services.as(caller), groupIds));
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", shown);
        model.addAttribute("search", text);
        model.addAttribute("lastPage", (long) (pageShown + 1) * PAGE_SIZE >= users.total());
        model.addAttribute("admin", caller.role() == Role.ADMIN);
        return "users";
    }

    /** Only the groups offered for a search, with those chosen kept (htmx, as one types in an access form). */
    @GetMapping("/pengguna/kelompok")
    String groupChoices(@RequestParam(name = "cariKelompok", defaultValue = "") String groupQuery,
            @RequestParam(name = "kelompok", defaultValue = "") String groupId,
            @RequestParam(name = "kelompokDampingan", required = false) List<String> mentorGroupIds,
            Principal principal, Model model) {
        User caller = signedIn.steward(principal);
        model.addAttribute("choices", groups.choices(services.as(caller), groupQuery,
                FormValues.chosenGroups(groupId, mentorGroupIds)));
        model.addAttribute("chosenGroup", groupId);
        model.addAttribute("chosenMentorGroups", FormValues.groupIds(mentorGroupIds));
        return "users-parts :: groupChoices";
    }

    @GetMapping("/pengguna/{userId}")
    String user(@PathVariable String userId, Principal principal, Model model) {
        User caller = signedIn.steward(principal);
        UserView user = one(userId, caller);
        return page(caller, user, AccessForm.of(user), Map.of(), model);
    }

    @PostMapping("/pengguna/{userId}/tautan-sandi")
    String resetLink(@PathVariable String userId, Principal principal, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        User caller = signedIn.steward(principal);
        UserView user = one(userId, caller);
        try {
            Invited invited = invitations.resetPassword(userId, actor(caller, request));
            model.addAttribute("link", invited);
        } catch (Forbidden refused) {
            return refused(caller, user, response, model);
        }
        return page(caller, user, AccessForm.of(user), Map.of(), model);
    }

    @PostMapping("/pengguna/{userId}/nonaktifkan")
    String disable(@PathVariable String userId, Principal principal, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return setActive(userId, accounts::disable, "users.done.disabled", principal, request, response, model,
                redirect);
    }

    @PostMapping("/pengguna/{userId}/aktifkan")
    String enable(@PathVariable String userId, Principal principal, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return setActive(userId, accounts::enable, "users.done.enabled", principal, request, response, model,
                redirect);
    }

    @PostMapping("/pengguna/{userId}/akses")
    String changeAccess(@PathVariable String userId, @RequestParam(name = "peran", defaultValue = "") String role,
            @RequestParam(name = "kelompok", defaultValue = "") String groupId,
            @RequestParam(name = "kelompokDampingan", required = false) List<String> mentorGroupIds,
            @RequestParam(name = "cariKelompok", defaultValue = "") String groupQuery,
            @RequestParam(name = "aksi", defaultValue = "") String action, Principal principal, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        User caller = signedIn.steward(principal);
        UserView user = one(userId, caller);
        AccessForm sent = new AccessForm(role, groupId, mentorGroupIds == null ? List.of() : mentorGroupIds,
                groupQuery);
        if (GroupNames.SEARCH.equals(action)) {
            return page(caller, user, sent, Map.of(), model);
        }
        try {
            accounts.changeAccess(userId, sent.command(), actor(caller, request));
        } catch (InvalidInput invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(caller, user, sent, InputProblems.of(invalid, locale), model);
        } catch (Forbidden refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("refused", true);
            return page(caller, user, sent, Map.of(), model);
        }
        redirect.addFlashAttribute("done", "users.done.access");
        return "redirect:/pengguna/" + userId;
    }

    /**
     * The role and groups as the form holds them: as typed or chosen, kept when the desk refuses them or while groups
     * are searched by name ({@code groupQuery}).
     */
    record AccessForm(String role, String groupId, List<String> mentorGroupIds, String groupQuery) {

        static AccessForm of(UserView user) {
            return new AccessForm(user.role().name(), user.groupId() == null ? "" : user.groupId(),
                    List.copyOf(user.mentorGroupIds()), "");
        }

        /** The desk's command; an {@link InvalidInput} naming the field the desk refuses. */
        ChangeAccess command() {
            return new ChangeAccess(FormValues.role(role), groupId, FormValues.groupIds(mentorGroupIds));
        }
    }

    /** Disables or enables the account, then shows it with what was done; a refusal is said on its page. */
    private String setActive(String userId, BiFunction<String, Actor, UserView> change, String done,
            Principal principal, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        User caller = signedIn.steward(principal);
        UserView user = one(userId, caller);
        try {
            change.apply(userId, actor(caller, request));
        } catch (Forbidden refused) {
            return refused(caller, user, response, model);
        }
        redirect.addFlashAttribute("done", done);
        return "redirect:/pengguna/" + userId;
    }

    private String refused(User caller, UserView user, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("refused", true);
        return page(caller, user, AccessForm.of(user), Map.of(), model);
    }

    private String page(User caller, UserView user, AccessForm form, Map<String, String> problems, Model model) {
        As calls = services.as(caller);
        List<String> shownGroups = new ArrayList<>(groupsOf(user));
        shownGroups.addAll(form.mentorGroupIds());
        model.addAttribute("user", user);
        model.addAttribute("groupNames", groups.of(calls, shownGroups));
        model.addAttribute("looksAfter", Stewardship.looksAfter(caller.caller(), user.role())
                && !caller.id().equals(user.id()));
        model.addAttribute("roles", Stewardship.rolesLookedAfter(caller.caller()));
        model.addAttribute("choices", groups.choices(calls, form.groupQuery(),
                FormValues.chosenGroups(form.groupId(), form.mentorGroupIds())));
        model.addAttribute("groupQuery", form.groupQuery());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("admin", caller.role() == Role.ADMIN);
        return "user";
    }

    private UserView one(String userId, User caller) {
        try {
            return accounts.one(userId, caller.caller());
        } catch (NotFound notFound) {
            throw new PageNotFound("User " + userId);
        }
    }

    private static List<String> groupsOf(UserView user) {
        List<String> ids = new ArrayList<>(user.mentorGroupIds());
        if (user.groupId() != null) {
            ids.add(0, user.groupId());
        }
        return ids;
    }

    private static Actor actor(User caller, HttpServletRequest request) {
        return new Actor(caller.caller(), request.getRemoteAddr());
    }
}
