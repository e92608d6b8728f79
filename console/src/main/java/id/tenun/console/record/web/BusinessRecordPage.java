package id.tenun.console.record.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import id.tenun.console.web.SignedIn;

/**
 * Catatan usaha: a group's business record for a bank, as a page and as its one-page PDF and its spreadsheet, over
 * the last 6, 12 (by default) or 24 WITA months ({@code bulan}; anything else reads as 12). Whoever may see the group
 * (a member, an assigned mentor, staff) may see it; for anyone else the catalog answers 404 and so does the page.
 */
@Controller
class BusinessRecordPage {

    static final int DEFAULT_MONTHS = 12;
    static final List<Integer> PERIODS = List.of(6, 12, 24);
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
    String page(@PathVariable String groupId, @RequestParam(name = "bulan", required = false) String months,
            Principal principal, Locale locale, Model model) {
        GroupRecord record = record(groupId, months, principal, locale);
        model.addAttribute("record", record);
        model.addAttribute("group", record.group());
        model.addAttribute("months", record.figures().months().size());
        model.addAttribute("periods", PERIODS);
        model.addAttribute("nav", "record");
        return "group-record";
    }

    @GetMapping("/kelompok/{groupId}/catatan-usaha.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String groupId,
            @RequestParam(name = "bulan", required = false) String months, Principal principal, Locale locale) {
        GroupRecord record = record(groupId, months, principal, locale);
        return download(record, "pdf", MediaType.APPLICATION_PDF, pdf.render(record, locale));
    }

    @GetMapping("/kelompok/{groupId}/catatan-usaha.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String groupId,
            @RequestParam(name = "bulan", required = false) String months, Principal principal, Locale locale) {
        GroupRecord record = record(groupId, months, principal, locale);
        return download(record, "xlsx", XLSX, workbook.render(record, locale));
    }

    private GroupRecord record(String groupId, String months, Principal principal, Locale locale) {
        return records.of(signedIn.calls(principal), groupId, monthsOrDefault(months), locale);
    }

    /** The period asked for if it is one of {@link #PERIODS}, else the default. */
    static int monthsOrDefault(String months) {
        return PERIODS.stream().filter(period -> String.valueOf(period).equals(months == null ? null : months.trim()))
                .findFirst().orElse(DEFAULT_MONTHS);
    }

    private static ResponseEntity<byte[]> download(GroupRecord record, String extension, MediaType type,
            byte[] body) {
        String name = "catatan-usaha-" + record.group().id() + "-" + record.figures().lastMonth() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }
}
