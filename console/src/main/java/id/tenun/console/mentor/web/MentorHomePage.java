package id.tenun.console.mentor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;

import id.tenun.console.group.GroupData;
import id.tenun.console.group.Notice;
import id.tenun.console.mentor.GroupStanding;
import id.tenun.console.services.OrderAnswers.Month;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.user.User;

/**
 * Kelompok saya: a mentor's groups at a glance, the one that needs a visit most first: this month's sales against
 * last month's and what needs attention, each linking to the group's pages. A mentor lands here at {@code /}.
 */
@Controller
public class MentorHomePage {

    private final GroupData data;

    MentorHomePage(GroupData data) {
        this.data = data;
    }

    /** Fills the model for the mentor's groups and names its template. */
    public String render(User mentor, As calls, Locale locale, Model model) {
        List<GroupStanding> standings = new ArrayList<>();
        for (String groupId : mentor.mentorGroupIds()) {
            List<Month> months = data.lastTwoMonths(calls, groupId).months();
            standings.add(new GroupStanding(data.group(calls, groupId), months.get(months.size() - 1),
                    months.size() > 1 ? months.get(0) : null,
                    Notice.of(data.productRows(calls, groupId, locale), GroupData.today(), locale)));
        }
        standings.sort(GroupStanding.NEEDS_A_VISIT_FIRST);
        model.addAttribute("mentor", mentor);
        model.addAttribute("standings", standings);
        return "mentor-home";
    }
}
