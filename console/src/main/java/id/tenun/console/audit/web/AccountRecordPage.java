package id.tenun.console.audit.web;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.audit.AccountRecord;
import id.tenun.console.audit.AccountRecords;
import id.tenun.console.user.Users;
import id.tenun.console.web.SignedIn;
import id.tenun.support.paging.PageRequest;

/**
 * Catatan akun (admins only): what happened to accounts, newest first, 50 a page, of one person when asked: sign-ins,
 * failures, holds, invitations, resets, disabling, role changes, script clients; in words, with who did it, to whom,
 * when (WITA) and from which address.
 */
@Controller
class AccountRecordPage {

    static final int PAGE_SIZE = 50;
    private static final int LONGEST_ID = 64;

    private final SignedIn signedIn;
    private final AccountRecords records;
    private final Users users;
    private final RecordDetails details;

    AccountRecordPage(SignedIn signedIn, AccountRecords records, Users users, RecordDetails details) {
        this.signedIn = signedIn;
        this.records = records;
        this.users = users;
        this.details = details;
    }

    @GetMapping("/pengguna/catatan")
    String records(@RequestParam(name = "pengguna", required = false) String userId,
            @RequestParam(name = "halaman", defaultValue = "0") int page, Principal principal, Locale locale,
            Model model) {
        signedIn.admin(principal);
        String of = userId == null || userId.isBlank() || userId.length() > LONGEST_ID ? null : userId.strip();
        int pageShown = Math.max(0, Math.min(page, PageRequest.MAX_PAGE));
        List<AccountRecord> shown = records.page(of, PageRequest.of(pageShown, PAGE_SIZE, PAGE_SIZE));
        long total = records.count(of);
        Set<String> people = new LinkedHashSet<>();
        if (of != null) {
            people.add(of);
        }
        shown.forEach(record -> {
            people.add(record.actorId());
            people.add(record.userId());
        });
        people.remove(null);
        model.addAttribute("records", shown);
        model.addAttribute("total", total);
        model.addAttribute("page", pageShown);
        model.addAttribute("lastPage", (long) (pageShown + 1) * PAGE_SIZE >= total);
        model.addAttribute("of", of);
        model.addAttribute("people", users.names(people));
        model.addAttribute("details", details.of(signedIn.calls(principal), shown, locale));
        model.addAttribute("admin", true);
        return "account-records";
    }
}
