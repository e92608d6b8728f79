package id.tenun.console.programme.web;

import java.security.Principal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.account.AccountDesk;
import id.tenun.console.account.ChangeAccess;
import id.tenun.console.audit.Actor;
import id.tenun.console.group.GroupData;
import id.tenun.console.group.web.GroupProfilePage;
import id.tenun.console.invitation.InvitationDesk;
import id.tenun.console.invitation.InvitationDesk.Invited;
import id.tenun.console.invitation.InvitationView;
import id.tenun.console.invitation.InviteUser;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.Text;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.security.Role;

/**
 * What staff do for a group's people on its profile page: assign a mentor or release one (mentor assignment lives in
 * the console alone, through {@link AccountDesk}'s rule for changing access), and invite a member through
 * {@link InvitationDesk}: the link is shown once, to be sent by WhatsApp or SMS; withdraw one of the group's open
 * invitations (the desk's revocation). A mistake comes back on the profile next to its field (400), with what was
 * typed.
 */
@Controller
class GroupPeoplePage {

    private final StaffOnly staff;
    private final ServiceCalls services;
    private final GroupData data;
    private final Users users;
    private final AccountDesk accounts;
    private final InvitationDesk invitations;
    private final GroupProfilePage profile;
    private final MessageSource messages;

    GroupPeoplePage(StaffOnly staff, ServiceCalls services, GroupData data, Users users, AccountDesk accounts,
            InvitationDesk invitations, GroupProfilePage profile, MessageSource messages) {
        this.staff = staff;
        this.services = services;
        this.data = data;
        this.users = users;
        this.accounts = accounts;
        this.invitations = invitations;
        this.profile = profile;
        this.messages = messages;
    }

    @PostMapping("/kelompok/{groupId}/pendamping")
    String assign(@PathVariable String groupId, @RequestParam(name = "mentorId", defaultValue = "") String mentorId,
            Principal principal, Locale locale, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return changeMentor(groupId, mentorId, true, principal, locale, model, request, response, redirect);
    }

    @PostMapping("/kelompok/{groupId}/pendamping/lepas")
    String release(@PathVariable String groupId, @RequestParam(name = "mentorId", defaultValue = "") String mentorId,
            Principal principal, Locale locale, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return changeMentor(groupId, mentorId, false, principal, locale, model, request, response, redirect);
    }

    @PostMapping("/kelompok/{groupId}/undangan")
    String invite(@PathVariable String groupId, @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "phone", defaultValue = "") String phone, Principal principal, Locale locale,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        User by = staff.user(principal);
        Group group = data.group(services.as(by), groupId);
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            InviteUser command = new InviteUser(name, phone, null, Role.GROUP_MEMBER, group.id(), null);
            Invited invited = invitations.invite(command, new Actor(by.caller(), request.getRemoteAddr()));
            redirect.addFlashAttribute("invitedName", command.name().strip());
            redirect.addFlashAttribute("invitedPhone", command.phone());
            redirect.addFlashAttribute("invitedLink", invited.link());
            redirect.addFlashAttribute("invitedUntil", invited.expiresAt());
            return "redirect:/kelompok/" + group.id() + "/profil";
        } catch (InvalidInput invalid) {
            invalid.violations().forEach(v -> problems.merge(v.field().equals("name") ? "inviteName" : "invitePhone",
                    new Text(v.id(), v.en()).in(locale), (a, b) -> a + " " + b));
        } catch (Conflict taken) {
            problems.put("invitePhone", new Text(taken.id(), taken.en()).in(locale));
        }
        model.addAttribute("inviteName", name);
        model.addAttribute("invitePhone", phone);
        return refused(groupId, problems, principal, locale, model, response);
    }

    /** Withdraws one of the group's open invitations: its link stops working at once. */
    @PostMapping("/kelompok/{groupId}/undangan/{invitationId}/tarik")
    String withdraw(@PathVariable String groupId, @PathVariable String invitationId, Principal principal,
            Locale locale, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        User by = staff.user(principal);
        Group group = data.group(services.as(by), groupId);
        InvitationView invitation = invitations.openFor(group.id(), by.caller()).stream()
                .filter(open -> open.id().equals(invitationId)).findFirst().orElse(null);
        if (invitation == null) {
            return refused(groupId, Map.of("invitations", messages.getMessage("people.error.withdrawn", null,
                    locale)), principal, locale, model, response);
        }
        try {
            invitations.revoke(invitation.id(), new Actor(by.caller(), request.getRemoteAddr()));
        } catch (Conflict closed) {
            return refused(groupId, Map.of("invitations", new Text(closed.id(), closed.en()).in(locale)), principal,
                    locale, model, response);
        }
        redirect.addFlashAttribute("invitationWithdrawn", invitation.name());
        return "redirect:/kelompok/" + group.id() + "/profil";
    }

    private String changeMentor(String groupId, String mentorId, boolean assign, Principal principal, Locale locale,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        User by = staff.user(principal);
        Group group = data.group(services.as(by), groupId);
        User mentor = users.byId(mentorId).filter(user -> user.role() == Role.MENTOR).orElse(null);
        if (mentor == null) {
            return refused(groupId, Map.of("mentor", messages.getMessage("people.error.mentor", null, locale)),
                    principal, locale, model, response);
        }
        Set<String> groups = new HashSet<>(mentor.mentorGroupIds());
        if (assign) {
            groups.add(group.id());
        } else {
            groups.remove(group.id());
        }
        try {
            accounts.changeAccess(mentor.id(), new ChangeAccess(Role.MENTOR, null, groups),
                    new Actor(by.caller(), request.getRemoteAddr()));
        } catch (InvalidInput invalid) {
            return refused(groupId, Map.of("mentor", new Text(invalid.violations().get(0).id(),
                    invalid.violations().get(0).en()).in(locale)), principal, locale, model, response);
        }
        redirect.addFlashAttribute(assign ? "mentorAssigned" : "mentorReleased", mentor.name());
        return "redirect:/kelompok/" + group.id() + "/profil";
    }

    /** The profile again, with the problems next to their fields: 400. */
    private String refused(String groupId, Map<String, String> problems, Principal principal, Locale locale,
            Model model, HttpServletResponse response) {
        model.addAttribute("peopleProblems", problems);
        response.setStatus(400);
        return profile.profile(groupId, principal, locale, model);
    }
}
