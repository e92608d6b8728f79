package id.tenun.console.programme.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.programme.AreaChoices;
import id.tenun.console.programme.GroupForm;
import id.tenun.console.services.CatalogAnswers.AreaPage;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;

/**
 * Daftarkan kelompok: staff register a group in the catalog with its name, programme, kind, contact and village.
 * The village is found with the area picker: a search by name, or province → regency → district → village. Without
 * JavaScript each "Cari" or "Pakai pilihan wilayah" sends the form back with the next choices and everything typed kept;
 * with htmx the results come as one types and the lists follow each choice ({@code /kelompok/baru/wilayah…}, the
 * picker's fragments). Mistakes come back next to their field (400), the catalog's too.
 */
@Controller
class GroupRegistrationPage {

    /** The button that registers; any other button (the picker's) only shows the form again with new choices. */
    static final String SAVE = "simpan";

    private final StaffOnly staff;
    private final ServiceCalls services;
    private final AreaChoices areas;
    private final MessageSource messages;

    GroupRegistrationPage(StaffOnly staff, ServiceCalls services, AreaChoices areas, MessageSource messages) {
        this.staff = staff;
        this.services = services;
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping("/kelompok/baru")
    String form(Principal principal, Model model) {
        return form(calls(principal), GroupForm.empty(), Map.of(), model);
    }

    @PostMapping("/kelompok/baru")
    String register(@ModelAttribute GroupForm form, @RequestParam(name = "aksi", defaultValue = "") String action,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        As calls = calls(principal);
        if (!SAVE.equals(action)) {
            return form(calls, form, Map.of(), model);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        form.problems().forEach((field, key) -> problems.put(field, messages.getMessage(key, null, locale)));
        if (problems.isEmpty()) {
            try {
                Group group = calls.post(Service.CATALOG, "/api/groups", Map.of(), form.details(), Group.class);
                redirect.addFlashAttribute("registered", group.name());
                return "redirect:/kelompok/" + group.id() + "/profil";
            } catch (ServiceRefused refused) {
                if (refused.status().value() != 400) {
                    throw refused;
                }
                refused.errors().forEach(error -> problems.merge(GroupForm.fieldOf(error.field()),
                        error.text().in(locale), (a, b) -> a + " " + b));
                problems.putIfAbsent("form", refused.text().in(locale));
            }
        }
        response.setStatus(400);
        return form(calls, form, problems, model);
    }

    /** The picker alone, with the lists for the choices sent (htmx, after each choice). */
    @GetMapping("/kelompok/baru/wilayah")
    String picker(@ModelAttribute GroupForm form, Principal principal, Model model) {
        showPicker(calls(principal), form, Map.of(), model);
        return "programme-group-register :: picker";
    }

    /** The villages matching the search alone (htmx, as one types). */
    @GetMapping("/kelompok/baru/wilayah/cari")
    String found(@ModelAttribute GroupForm form, Principal principal, Model model) {
        AreaPage found = areas.found(calls(principal), form);
        model.addAttribute("form", form);
        model.addAttribute("foundItems", found.items());
        model.addAttribute("foundTotal", found.total());
        return "programme-group-register :: found";
    }

    private String form(As calls, GroupForm form, Map<String, String> problems, Model model) {
        showPicker(calls, form, problems, model);
        model.addAttribute("programmes", GroupForm.PROGRAMMES);
        model.addAttribute("kinds", GroupForm.KINDS);
        return "programme-group-register";
    }

    private void showPicker(As calls, GroupForm form, Map<String, String> problems, Model model) {
        AreaChoices.Options options = areas.of(calls, form);
        model.addAttribute("form", form);
        model.addAttribute("areas", options);
        model.addAttribute("foundItems", options.found());
        model.addAttribute("foundTotal", options.foundTotal());
        model.addAttribute("problems", problems);
    }

    private As calls(Principal principal) {
        return services.as(staff.user(principal));
    }
}
