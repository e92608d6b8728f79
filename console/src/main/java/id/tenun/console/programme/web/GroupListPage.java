package id.tenun.console.programme.web;

import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.programme.GroupForm;
import id.tenun.console.services.CatalogAnswers.GroupCount;
import id.tenun.console.services.CatalogAnswers.GroupPage;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceCalls.As;

/**
 * Kelompok: the programme's groups for staff, 20 a page by regency and name, searched by a part of the name and
 * filtered by regency (those that have groups, with how many) and programme; each links to the group's pages.
 */
@Controller
class GroupListPage {

    static final int PAGE_SIZE = 20;
    /** The most characters of a name searched for (the catalog's limit). */
    static final int QUERY_MAX = 100;

    private final StaffOnly staff;
    private final ServiceCalls services;

    GroupListPage(StaffOnly staff, ServiceCalls services) {
        this.staff = staff;
        this.services = services;
    }

    /** A regency in the filter: its code, name and how many groups it has. */
    record Regency(String code, String name, long groups) {
    }

    @GetMapping("/kelompok")
    String groups(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "kabupaten", defaultValue = "") String regency,
            @RequestParam(name = "program", defaultValue = "") String programme,
            @RequestParam(name = "halaman", defaultValue = "0") int page, Principal principal, Model model) {
        As calls = services.as(staff.user(principal));
        String name = query.strip().length() > QUERY_MAX ? query.strip().substring(0, QUERY_MAX) : query.strip();
        String shownProgramme = GroupForm.PROGRAMMES.contains(programme) ? programme : "";
        List<Regency> regencies = regencies(calls);
        String shownRegency = regencies.stream().anyMatch(r -> r.code().equals(regency)) ? regency : "";
        int pageShown = Math.max(0, Math.min(page, 10_000));
        Map<String, Object> filters = new HashMap<>();
        filters.put("q", name);
        filters.put("r", shownRegency);
        filters.put("p", shownProgramme);
        filters.put("page", pageShown);
        filters.put("size", PAGE_SIZE);
        GroupPage groups = calls.get(Service.CATALOG,
                "/api/groups?q={q}&regency={r}&programme={p}&page={page}&size={size}", filters, GroupPage.class);
        model.addAttribute("groups", groups);
        model.addAttribute("regencies", regencies);
        model.addAttribute("programmes", GroupForm.PROGRAMMES);
        model.addAttribute("q", name);
        model.addAttribute("regency", shownRegency);
        model.addAttribute("programme", shownProgramme);
        model.addAttribute("page", pageShown);
        model.addAttribute("lastPage", (long) (pageShown + 1) * PAGE_SIZE >= groups.total());
        return "programme-groups";
    }

    /** The regencies that have groups, in code order, each with its groups in every programme. */
    private static List<Regency> regencies(As calls) {
        Map<String, Regency> regencies = new LinkedHashMap<>();
        for (GroupCount count : calls.get(Service.CATALOG, "/api/groups/counts", Map.of(), GroupCount[].class)) {
            regencies.merge(count.regencyCode(), new Regency(count.regencyCode(), count.regencyName(),
                    count.groups()), (a, b) -> new Regency(a.code(), a.name(), a.groups() + b.groups()));
        }
        return List.copyOf(regencies.values());
    }
}
