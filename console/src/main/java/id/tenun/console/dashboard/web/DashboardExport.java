package id.tenun.console.dashboard.web;

import java.io.OutputStream;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.tenun.console.dashboard.DashboardFilter;
import id.tenun.console.services.Service;
import id.tenun.console.services.ServiceCalls;
import id.tenun.console.services.ServiceSettings;
import id.tenun.console.user.User;
import id.tenun.console.web.PageNotFound;
import id.tenun.console.web.SignedIn;

/**
 * A dashboard view as a spreadsheet ({@code /dasbor/ekspor?view=regency&format=xlsx&…} with the dashboard's filter):
 * the order service's sales export, asked as the signed-in person and passed on as it streams, with a file name that
 * says what and when.
 */
@Controller
class DashboardExport {

    /** The dashboard's views and the order service's level each is; {@code time} is the series over the period. */
    static final Map<String, String> VIEWS = Map.of("time", "province", "regency", "regency", "programme",
            "programme", "channel", "channel", "product", "product", "village", "village", "group", "group");

    private final SignedIn signedIn;
    private final ServiceCalls services;
    private final ServiceSettings settings;

    DashboardExport(SignedIn signedIn, ServiceCalls services, ServiceSettings settings) {
        this.signedIn = signedIn;
        this.services = services;
        this.settings = settings;
    }

    @GetMapping("/dasbor/ekspor")
    void export(@RequestParam(defaultValue = "regency") String view, @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String period, @RequestParam(required = false) String regency,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String channel,
            Principal principal, HttpServletResponse response) {
        User user = StaffOnly.require(signedIn.user(principal));
        if (!VIEWS.containsKey(view) || !(format.equals("csv") || format.equals("xlsx"))) {
            throw new PageNotFound("No export " + view + " as " + format);
        }
        DashboardFilter filter = DashboardFilter.of(from, to, period, regency, programme, channel,
                settings.channels());
        Map<String, Object> variables = new LinkedHashMap<>(filter.salesParameters());
        variables.put("format", format);
        variables.put("by", VIEWS.get(view));
        variables.put("series", view.equals("time"));
        String fileName = "tenun-penjualan-" + view + "-" + filter.from() + "-" + filter.to() + "." + format;
        services.as(user).download(Service.ORDERS,
                DashboardFilter.uriTemplate("/api/sales/export", variables.keySet()), variables,
                (headers, body) -> {
                    response.setContentType(headers.getFirst(HttpHeaders.CONTENT_TYPE));
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
                    try (OutputStream out = response.getOutputStream()) {
                        body.transferTo(out);
                    }
                });
    }
}
