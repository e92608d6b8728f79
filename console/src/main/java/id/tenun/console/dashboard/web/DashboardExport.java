package id.tenun.console.dashboard.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.dashboard.DashboardExports;
import id.tenun.console.dashboard.DashboardFilter;
import id.tenun.console.dashboard.DashboardTable;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceSettings;
import id.tenun.console.user.User;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;
import id.tenun.support.report.ReportWriter;

/**
 * A dashboard view as a spreadsheet ({@code /dasbor/ekspor?view=regency&format=xlsx&…} with the dashboard's filter):
 * written here, streamed as it is read from the services, with names beside the codes and headings in the reader's
 * language, and a file name that says what and when. A service that does not answer before the first lines are
 * sent gives the console's error page, not half a file.
 */
@Controller
class DashboardExport {

    private final SignedIn signedIn;
    private final ServiceCalls services;
    private final ServiceSettings settings;
    private final DashboardExports exports;
    private final MessageSource messages;

    DashboardExport(SignedIn signedIn, ServiceCalls services, ServiceSettings settings, DashboardExports exports,
            MessageSource messages) {
        this.signedIn = signedIn;
        this.services = services;
        this.settings = settings;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/dasbor/ekspor")
    void export(@RequestParam(defaultValue = "regency") String view, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String period, @RequestParam(required = false) String regency,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String channel,
            Principal principal, Locale locale, HttpServletResponse response) throws IOException {
        User user = StaffOnly.require(signedIn.user(principal));
        if (!DashboardExports.VIEWS.containsKey(view) || !(format.equals("csv") || format.equals("xlsx"))) {
            throw new PageNotFound("No export " + view + " as " + format);
        }
        DashboardFilter filter = DashboardFilter.of(from, to, period, regency, programme, channel,
                settings.channels());
        String fileName = "tenun-" + view + "-" + filter.from() + "-" + filter.to() + "." + format;
        response.setContentType(ReportWriter.contentType(format));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        // not closed on a failure: nothing reached the browser yet, so it gets the error page instead of a file
        ReportWriter writer = ReportWriter.of(format, response.getOutputStream());
        DashboardTable table = DashboardTable.of(view, writer, messages, locale);
        try {
            exports.write(services.as(user), view, filter, table);
        } catch (RuntimeException failed) {
            if (!response.isCommitted()) {
                response.reset();
            }
            throw failed;
        }
        table.close();
        writer.close();
    }
}
