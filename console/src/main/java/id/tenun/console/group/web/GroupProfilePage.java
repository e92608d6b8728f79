package id.tenun.console.group.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.account.AccountDesk;
import id.tenun.console.account.UserView;
import id.tenun.console.group.Certificate;
import id.tenun.console.group.GroupData;
import id.tenun.console.invitation.InvitationDesk;
import id.tenun.console.paging.PageOf;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.user.Stewardship;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.security.Role;

/**
 * Profil kelompok: the group's details (from the catalog, which also decides who may see them: name, programme,
 * village, NIB, the kinds of its products, contact, status), its members and mentors (the console's own users: names,
 * and the mentors' phone numbers so members can reach them), and its certificates with their expiry. Staff and admins
 * also find here the link to change the group's details, the mentors they may assign (active ones not yet assigned,
 * found by a part of their name: a plain GET form, or as one types with htmx), the group's invitations still open with
 * when each expires ({@link InvitationDesk}), and the form to invite a member (the programme's forms,
 * {@code programme.web.GroupPeoplePage}).
 */
@Controller
public class GroupProfilePage {

    /** The most mentors offered at once: more means typing more of the name. */
    static final int MENTOR_CHOICES_AT_MOST = 10;
    /** The longest mentor search kept. */
    static final int MENTOR_QUERY_MAX = 60;

    private final SignedIn signedIn;
    private final GroupData data;
    private final Users users;
    private final AccountDesk accounts;
    private final InvitationDesk invitations;

    GroupProfilePage(SignedIn signedIn, GroupData data, Users users, AccountDesk accounts,
            InvitationDesk invitations) {
        this.signedIn = signedIn;
        this.data = data;
        this.users = users;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    /** The mentors a search offers: the first ones found, and whether there are more. */
    public record MentorChoices(String query, List<UserView> found, boolean more) {
    }

    @GetMapping("/kelompok/{groupId}/profil")
    public String profile(@PathVariable String groupId,
            @RequestParam(name = "pendamping", defaultValue = "") String mentorQuery, Principal principal,
            Locale locale, Model model) {
        User viewer = signedIn.user(principal);
        As calls = signedIn.calls(principal);
        Group group = data.group(calls, groupId);
        List<User> people = users.ofGroup(group.id());
        model.addAttribute("group", group);
        model.addAttribute("productKinds", data.categories(calls, locale).stream()
                .filter(kind -> group.productKinds().contains(kind.code())).toList());
        model.addAttribute("members", people.stream().filter(u -> u.role() == Role.GROUP_MEMBER).toList());
        model.addAttribute("mentors", people.stream().filter(u -> u.role() == Role.MENTOR).toList());
        model.addAttribute("viewer", viewer.role().name());
        if (Stewardship.isSteward(viewer.caller())) {
            model.addAttribute("mentorChoices", mentorChoices(group.id(), mentorQuery, viewer));
            model.addAttribute("openInvitations", invitations.openFor(group.id(), viewer.caller()));
        }
        model.addAttribute("certificates",
                Certificate.of(data.productRows(calls, groupId, locale), GroupData.today()));
        model.addAttribute("nav", "profile");
        return "group-profile";
    }

    /** The profile as it first shows, with the mentors offered before any search. */
    public String profile(String groupId, Principal principal, Locale locale, Model model) {
        return profile(groupId, "", principal, locale, model);
    }

    /** Only the mentors found (htmx, as one types); staff and admins. */
    @GetMapping("/kelompok/{groupId}/pendamping/cari")
    String mentorsFound(@PathVariable String groupId,
            @RequestParam(name = "pendamping", defaultValue = "") String mentorQuery, Principal principal,
            Model model) {
        User viewer = signedIn.user(principal);
        if (!Stewardship.isSteward(viewer.caller())) {
            throw new PageNotFound("Only staff and admins assign mentors");
        }
        Group group = data.group(signedIn.calls(principal), groupId);
        model.addAttribute("mentorChoices", mentorChoices(group.id(), mentorQuery, viewer));
        return "group-profile :: mentorChoices";
    }

    /** Active mentors not yet assigned to the group, whose name (or phone, or email) has the search text, by name. */
    private MentorChoices mentorChoices(String groupId, String query, User viewer) {
        String text = query.strip();
        text = text.length() > MENTOR_QUERY_MAX ? text.substring(0, MENTOR_QUERY_MAX) : text;
        PageOf<UserView> page = accounts.list(Role.MENTOR, text.isEmpty() ? null : text,
                PageRequest.of(0, PageOf.MAX_SIZE, PageOf.MAX_SIZE), viewer.caller());
        List<UserView> offered = page.items().stream()
                .filter(mentor -> mentor.active() && !mentor.mentorGroupIds().contains(groupId)).toList();
        return new MentorChoices(text, offered.stream().limit(MENTOR_CHOICES_AT_MOST).toList(),
                offered.size() > MENTOR_CHOICES_AT_MOST || page.total() > page.items().size());
    }
}
