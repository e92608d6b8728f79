package id.tenun.console.group.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.tenun.console.account.AccountDesk;
import id.tenun.console.group.Certificate;
import id.tenun.console.group.GroupData;
import id.tenun.console.paging.PageOf;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.user.Stewardship;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.console.web.SignedIn;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.security.Role;

/**
 * Profil kelompok: the group's details (from the catalog, which also decides who may see them), its members and
 * mentors (the console's own users: names, and the mentors' phone numbers so members can reach them), and its
 * certificates with their expiry. Staff and admins also find here the mentors they may assign (active ones not yet
 * assigned) and the form to invite a member (the programme's forms, {@code programme.web.GroupPeoplePage}).
 */
@Controller
public class GroupProfilePage {

    /** The most mentors offered to choose from. */
    static final int MENTOR_CHOICES_AT_MOST = PageOf.MAX_SIZE;

    private final SignedIn signedIn;
    private final GroupData data;
    private final Users users;
    private final AccountDesk accounts;

    GroupProfilePage(SignedIn signedIn, GroupData data, Users users, AccountDesk accounts) {
        this.signedIn = signedIn;
        this.data = data;
        this.users = users;
        this.accounts = accounts;
    }

    @GetMapping("/kelompok/{groupId}/profil")
    public String profile(@PathVariable String groupId, Principal principal, Locale locale, Model model) {
        User viewer = signedIn.user(principal);
        As calls = signedIn.calls(principal);
        Group group = data.group(calls, groupId);
        List<User> people = users.ofGroup(group.id());
        model.addAttribute("group", group);
        model.addAttribute("members", people.stream().filter(u -> u.role() == Role.GROUP_MEMBER).toList());
        model.addAttribute("mentors", people.stream().filter(u -> u.role() == Role.MENTOR).toList());
        model.addAttribute("viewer", viewer.role().name());
        if (Stewardship.isSteward(viewer.caller())) {
            model.addAttribute("mentorChoices", accounts.list(Role.MENTOR, null,
                    PageRequest.of(0, MENTOR_CHOICES_AT_MOST, PageOf.MAX_SIZE), viewer.caller()).items().stream()
                    .filter(m -> m.active() && !m.mentorGroupIds().contains(group.id())).toList());
        }
        model.addAttribute("certificates",
                Certificate.of(data.productRows(calls, groupId, locale), GroupData.today()));
        model.addAttribute("nav", "profile");
        return "group-profile";
    }
}
