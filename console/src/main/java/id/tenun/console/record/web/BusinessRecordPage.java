package id.tenun.console.record.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.record.GroupRecord;
import id.tenun.console.record.GroupRecords;
import id.tenun.console.record.RecordPdf;
import id.tenun.console.record.RecordWorkbook;
import id.tenun.console.services.ServiceCalls.As;
import id.tenun.console.services.ServiceRefused;
import id.tenun.console.web.SignedIn;

/**
 * Catatan usaha: a group's business record for a bank, as a page and as its one-page PDF and its spreadsheet, over
 * any whole WITA months {@code dari} to {@code sampai} ({@code 2025-01}), at most 36, the last 12 by default. The
 * order service checks the months: what it refuses comes back next to the field, in words, with what was typed and
 * the last 12 months' record (400). Whoever may see the group (a member, an assigned mentor, staff) may see it; for
 * anyone else the catalog answers 404 and so does the page.
 */
@Controller
class BusinessRecordPage {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SignedIn signedIn;
    private final GroupRecords records;
    private final RecordPdf pdf;
    private final RecordWorkbook workbook;

    BusinessRecordPage(SignedIn signedIn, GroupRecords records, RecordPdf pdf, RecordWorkbook workbook) {
        this.signedIn = signedIn;
        this.records = records;
        this.pdf = pdf;
        this.workbook = workbook;
    }

    @GetMapping("/kelompok/{groupId}/catatan-usaha")
    String page(@PathVariable String groupId, @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to, Principal principal, Locale locale,
            Model model, HttpServletResponse response) {
        As calls = signedIn.calls(principal);
        GroupRecord record;
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            record = records.of(calls, groupId, from, to, locale);
        } catch (ServiceRefused refused) {
            if (!monthsRefused(refused)) {
                throw refused;
            }
            refused.errors().forEach(error -> problems.merge(error.field(), error.text().in(locale),
                    (a, b) -> a + " " + b));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            record = records.of(calls, groupId, null, null, locale);
        }
        model.addAttribute("record", record);
        model.addAttribute("group", record.group());
        model.addAttribute("problems", problems);
        model.addAttribute("from", problems.isEmpty() ? record.figures().firstMonth() : from);
        model.addAttribute("to", problems.isEmpty() ? record.figures().lastMonth() : to);
        model.addAttribute("nav", "record");
        return "group-record";
    }

    @GetMapping("/kelompok/{groupId}/catatan-usaha.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String groupId,
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to, Principal principal, Locale locale) {
        GroupRecord record = records.of(signedIn.calls(principal), groupId, from, to, locale);
        return download(record, "pdf", MediaType.APPLICATION_PDF, pdf.render(record, locale));
    }

    @GetMapping("/kelompok/{groupId}/catatan-usaha.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String groupId,
            @RequestParam(name = "dari", required = false) String from,
            @RequestParam(name = "sampai", required = false) String to, Principal principal, Locale locale) {
        GroupRecord record = records.of(signedIn.calls(principal), groupId, from, to, locale);
        return download(record, "xlsx", XLSX, workbook.render(record, locale));
    }

    /** Whether the order service refused the months asked for (and not, say, the group). */
    private static boolean monthsRefused(ServiceRefused refused) {
        return refused.status().value() == HttpStatus.BAD_REQUEST.value() && !refused.errors().isEmpty()
                && refused.errors().stream().allMatch(error -> error.field().equals("from")
                        || error.field().equals("to"));
    }

    private static ResponseEntity<byte[]> download(GroupRecord record, String extension, MediaType type,
            byte[] body) {
        String name = "catatan-usaha-" + record.group().id() + "-" + record.figures().firstMonth() + "-"
                + record.figures().lastMonth() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }
}
