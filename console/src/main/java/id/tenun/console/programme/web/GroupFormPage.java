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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.group.GroupData;
import id.tenun.console.programme.AreaChoices;
import id.tenun.console.programme.GroupForm;
import id.tenun.console.services.CatalogAnswers.AreaPage;
import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;

/**
 * Daftarkan kelompok and Ubah data kelompok: staff register a group in the catalog, or change one, with its name,
 * programme, kind, contact, village, NIB, the kinds of its products and (a change) its status. The village is found
 * with the area picker: a search by name, or province → regency → district → village. Without JavaScript each "Cari"
 * or "Tampilkan pilihan" sends the form back with the next choices and everything typed kept; with htmx the results
 * come as one types and the lists follow each choice ({@code /kelompok/baru/wilayah…}, the picker's fragments).
 * Mistakes come back next to their field (400), the catalog's too; a change over someone else's newer one (412) says
 * so (409) and saving again keeps what was typed.
 */
@Controller
class GroupFormPage {

    /** The button that saves; any other button (the picker's) only shows the form again with new choices. */
    static final String SAVE = "simpan";

    private final StaffOnly staff;
    private final ServiceCalls services;
    private final GroupData data;
    private final AreaChoices areas;
    private final MessageSource messages;

    GroupFormPage(StaffOnly staff, ServiceCalls services, GroupData data, AreaChoices areas,
            MessageSource messages) {
        this.staff = staff;
        this.services = services;
        this.data = data;
        this.areas = areas;
        this.messages = messages;
    }

    @GetMapping("/kelompok/baru")
    String form(Principal principal, Locale locale, Model model) {
        return form(calls(principal), null, GroupForm.empty(), Map.of(), locale, model);
    }

    @PostMapping("/kelompok/baru")
    String register(@ModelAttribute GroupForm form, @RequestParam(name = "aksi", defaultValue = "") String action,
            Principal principal, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        As calls = calls(principal);
        if (!SAVE.equals(action)) {
            return form(calls, null, form, Map.of(), locale, model);
        }
        Map<String, String> problems = problems(form, locale);
        if (problems.isEmpty()) {
            try {
                Group group = calls.post(Service.CATALOG, "/api/groups", Map.of(), form.details(), Group.class);
                redirect.addFlashAttribute("registered", group.name());
                return "redirect:/kelompok/" + group.id() + "/profil";
            } catch (ServiceRefused refused) {
                refusedFields(refused, problems, locale);
            }
        }
        response.setStatus(400);
        return form(calls, null, form, problems, locale, model);
    }

    @GetMapping("/kelompok/{groupId}/ubah")
    String edit(@PathVariable String groupId, Principal principal, Locale locale, Model model) {
        As calls = calls(principal);
        Group group = data.group(calls, groupId);
        return form(calls, group, GroupForm.of(group), Map.of(), locale, model);
    }

    @PostMapping("/kelompok/{groupId}/ubah")
    String update(@PathVariable String groupId, @ModelAttribute GroupForm form,
            @RequestParam(name = "aksi", defaultValue = "") String action,
            @RequestParam(name = "version", required = false) Long version, Principal principal, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        As calls = calls(principal);
        Group stored = data.group(calls, groupId);
        long basedOn = version == null ? stored.version() : version;
        if (!SAVE.equals(action)) {
            model.addAttribute("version", basedOn);
            return form(calls, stored, form, Map.of(), locale, model);
        }
        Map<String, String> problems = problems(form, locale);
        if (problems.isEmpty()) {
            try {
                calls.put(Service.CATALOG, "/api/groups/{id}", Map.of("id", groupId), form.details(), basedOn,
                        Group.class);
                redirect.addFlashAttribute("changed", form.name().strip());
                return "redirect:/kelompok/" + groupId + "/profil";
            } catch (ServiceRefused refused) {
                if (refused.status().value() == 412) {
                    // someone else saved first: this form stays as typed and saving again puts it over theirs
                    problems.put("form", messages.getMessage("groupForm.error.stale", null, locale));
                    response.setStatus(409);
                    return form(calls, stored, form, problems, locale, model);
                }
                refusedFields(refused, problems, locale);
            }
        }
        model.addAttribute("version", basedOn);
        response.setStatus(400);
        return form(calls, stored, form, problems, locale, model);
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

    private Map<String, String> problems(GroupForm form, Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        form.problems().forEach((field, key) -> problems.put(field, messages.getMessage(key, null, locale)));
        return problems;
    }

    /** The catalog's refusal next to the fields it names (above the form if none); not a 400: the error page. */
    private static void refusedFields(ServiceRefused refused, Map<String, String> problems, Locale locale) {
        if (refused.status().value() != 400) {
            throw refused;
        }
        refused.errors().forEach(error -> problems.merge(GroupForm.fieldOf(error.field()), error.text().in(locale),
                (a, b) -> a + " " + b));
        if (refused.errors().isEmpty()) {
            problems.put("form", refused.text().in(locale));
        }
    }

    /** The form; {@code editing} the group being changed, or null for a registration. */
    private String form(As calls, Group editing, GroupForm form, Map<String, String> problems, Locale locale,
            Model model) {
        showPicker(calls, form, problems, model);
        model.addAttribute("editing", editing);
        if (editing != null) {
            model.addAttribute("statuses", GroupForm.STATUSES);
            if (!model.containsAttribute("version")) {
                model.addAttribute("version", editing.version());
            }
        }
        model.addAttribute("programmes", GroupForm.PROGRAMMES);
        model.addAttribute("kinds", GroupForm.KINDS);
        model.addAttribute("productKinds", data.categories(calls, locale));
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
