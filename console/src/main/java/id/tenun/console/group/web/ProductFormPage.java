package id.tenun.console.group.web;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.tenun.console.group.GroupData;
import id.tenun.console.group.ProductForm;
import id.tenun.console.services.CatalogAnswers.Photo;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;
import id.tenun.console.user.User;
import id.tenun.console.user.Users;
import id.tenun.console.web.SignedIn;

/**
 * Tambah / ubah produk: one short form with a photo from the phone's camera or gallery (stored by the catalog,
 * which makes the sizes), the category telling which certificates it needs, and field errors next to the field in
 * the reader's language. A save never loses what was typed: refused, it comes back filled in; when someone else
 * changed the product meanwhile, both versions are shown and the member chooses. In the browser, a small script
 * keeps a draft while the phone has no signal and sends it when it is back (the form works without it).
 */
@Controller
class ProductFormPage {

    private final SignedIn signedIn;
    private final GroupData data;
    private final MessageSource messages;
    private final Users users;

    ProductFormPage(SignedIn signedIn, GroupData data, MessageSource messages, Users users) {
        this.signedIn = signedIn;
        this.data = data;
        this.messages = messages;
        this.users = users;
    }

    @GetMapping("/kelompok/{groupId}/produk/baru")
    String newProduct(@PathVariable String groupId, Principal principal, Locale locale, Model model) {
        As calls = signedIn.calls(principal);
        return form(calls, groupId, null, ProductForm.empty(), Map.of(), locale, model);
    }

    @PostMapping("/kelompok/{groupId}/produk/baru")
    String create(@PathVariable String groupId, @ModelAttribute ProductForm form,
            @RequestParam(name = "photo", required = false) MultipartFile photo, Principal principal, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        As calls = signedIn.calls(principal);
        Map<String, String> problems = new LinkedHashMap<>();
        ProductForm sent = withUploadedPhoto(calls, groupId, form, photo, problems, locale);
        sent.problems(true).forEach((field, key) -> problems.putIfAbsent(field, text(key, locale)));
        if (sent.photoUrl().isBlank()) {
            problems.putIfAbsent("photo", text("product.error.photo", locale));
        }
        if (problems.isEmpty()) {
            try {
                Product created = calls.post(Service.CATALOG, "/api/products", Map.of(),
                        sent.details(groupId, null), Product.class);
                redirect.addFlashAttribute("savedProduct", created.name());
                return "redirect:/kelompok/" + groupId + "/produk";
            } catch (ServiceRefused refused) {
                problems.putAll(refusedFields(refused, locale));
            }
        }
        response.setStatus(400);
        return form(calls, groupId, null, sent, problems, locale, model);
    }

    @GetMapping("/kelompok/{groupId}/produk/{productId}/ubah")
    String edit(@PathVariable String groupId, @PathVariable String productId, Principal principal, Locale locale,
            Model model) {
        As calls = signedIn.calls(principal);
        Product product = data.product(calls, groupId, productId);
        return form(calls, groupId, product, ProductForm.of(product), Map.of(), locale, model);
    }

    @PostMapping("/kelompok/{groupId}/produk/{productId}/ubah")
    String update(@PathVariable String groupId, @PathVariable String productId, @ModelAttribute ProductForm form,
            @RequestParam(name = "photo", required = false) MultipartFile photo, Principal principal, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        As calls = signedIn.calls(principal);
        Product stored = data.product(calls, groupId, productId);
        Map<String, String> problems = new LinkedHashMap<>();
        ProductForm sent = withUploadedPhoto(calls, groupId, form, photo, problems, locale);
        sent.problems(false).forEach((field, key) -> problems.putIfAbsent(field, text(key, locale)));
        long basedOn = sent.version() == null ? stored.version() : sent.version();
        if (problems.isEmpty()) {
            try {
                calls.put(Service.CATALOG, "/api/products/{id}", Map.of("id", productId),
                        sent.details(groupId, stored), basedOn, Product.class);
                redirect.addFlashAttribute("savedProduct", sent.name());
                return "redirect:/kelompok/" + groupId + "/produk";
            } catch (ServiceRefused refused) {
                if (refused.status().value() == 412) {
                    // someone else saved first: show theirs beside this one; saving again keeps this one
                    Product theirs = data.product(calls, groupId, productId);
                    model.addAttribute("theirs", ProductForm.of(theirs));
                    model.addAttribute("theirsBy", users.byId(String.valueOf(theirs.updatedBy())).map(User::name)
                            .orElse(theirs.updatedBy()));
                    model.addAttribute("theirsAt", theirs.updatedAt());
                    response.setStatus(409);
                    return form(calls, groupId, theirs, sent.basedOn(theirs.version()), problems, locale, model);
                }
                problems.putAll(refusedFields(refused, locale));
            }
        }
        response.setStatus(400);
        return form(calls, groupId, stored, sent, problems, locale, model);
    }

    private String form(As calls, String groupId, Product product, ProductForm form, Map<String, String> problems,
            Locale locale, Model model) {
        model.addAttribute("group", data.group(calls, groupId));
        model.addAttribute("product", product);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("categories", data.categories(calls, locale));
        model.addAttribute("certificateKinds", ProductForm.CERTIFICATE_KINDS);
        model.addAttribute("nav", "products");
        return "group-product-form";
    }

    /** Uploads the photo chosen, if any; a refused photo becomes the photo field's problem. */
    private ProductForm withUploadedPhoto(As calls, String groupId, ProductForm form, MultipartFile photo,
            Map<String, String> problems, Locale locale) {
        if (photo == null || photo.isEmpty()) {
            return form;
        }
        try {
            Photo stored = calls.postFile(Service.CATALOG, "/api/groups/{g}/photos", Map.of("g", groupId), photo,
                    Photo.class);
            return form.withPhoto(stored.urls().get("large"));
        } catch (ServiceRefused refused) {
            if (refused.status().value() >= 500) {
                throw refused;
            }
            problems.put("photo", refused.text().in(locale));
            return form;
        }
    }

    private static Map<String, String> refusedFields(ServiceRefused refused, Locale locale) {
        if (refused.status().value() >= 500 || refused.status().value() == 404) {
            throw refused;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        refused.errors().forEach(error -> problems.merge(ProductForm.fieldOf(error.field()), error.text().in(locale),
                (a, b) -> a.contains(b) ? a : a + " " + b));
        if (problems.isEmpty()) {
            problems.put("form", refused.text().in(locale));
        }
        return problems;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
