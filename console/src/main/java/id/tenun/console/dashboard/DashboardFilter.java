package id.tenun.console.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.tenun.console.web.Formats;

/**
 * What the dashboard shows, from its one GET form (a bookmarkable address): a period of WITA days {@code from} to
 * {@code to} shown per {@code day} or {@code month}, and optionally one regency ({@code 53.09}), programme and
 * marketplace. Anything unreadable falls back to the default (the last 12 months, per month, everything), and a day
 * view is kept to {@link #MOST_DAYS} days; {@code adjusted} says that something asked for was not taken as asked.
 */
public record DashboardFilter(LocalDate from, LocalDate to, String period, String regency, String programme,
        String channel, boolean adjusted) {

    public static final int MOST_DAYS = 92;
    public static final List<String> PROGRAMMES = List.of("OVOP", "OCOP", "OSOP");
    private static final Pattern REGENCY = Pattern.compile("53\\.\\d\\d");

    /** The filter asked for, within bounds; {@code channels} are the marketplaces Tenun sells on. */
    public static DashboardFilter of(String from, String to, String period, String regency, String programme,
            String channel, List<String> channels) {
        LocalDate today = LocalDate.now(Formats.WITA);
        LocalDate end = date(to, today);
        if (end.isAfter(today) || end.getYear() < 2000) {
            end = today;
        }
        LocalDate start = date(from, YearMonth.from(end).minusMonths(11).atDay(1));
        if (start.isAfter(end) || start.getYear() < 2000) {
            start = YearMonth.from(end).minusMonths(11).atDay(1);
        }
        String shownPer = "day".equals(period) && ChronoUnit.DAYS.between(start, end) < MOST_DAYS ? "day" : "month";
        String regencyShown = regency != null && REGENCY.matcher(regency).matches() ? regency : null;
        String programmeShown = oneOf(programme, PROGRAMMES);
        String channelShown = oneOf(channel, channels);
        boolean adjusted = changed(from, date(from, null), start) || changed(to, date(to, null), end)
                || changed(period, period, shownPer) || changed(regency, regency, regencyShown)
                || changed(programme, programme, programmeShown) || changed(channel, channel, channelShown);
        return new DashboardFilter(start, end, shownPer, regencyShown, programmeShown, channelShown, adjusted);
    }

    /** Whether a value was asked for ({@code asked} not blank) and {@code read} from it is not what is shown. */
    private static boolean changed(String asked, Object read, Object shown) {
        return asked != null && !asked.isBlank() && !shown.equals(read);
    }

    /** {@code value} if it is one of {@code allowed}, else null (immutable lists refuse to look for null). */
    private static String oneOf(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            String trimmed = text.trim();
            return trimmed.length() == 7 ? YearMonth.parse(trimmed).atDay(1) : LocalDate.parse(trimmed);
        } catch (DateTimeParseException unreadable) {
            return otherwise;
        }
    }

    /** The order service's sales parameters for this filter (period, range and the filters set). */
    public Map<String, String> salesParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("period", period);
        parameters.put("from", from.toString());
        parameters.put("to", to.toString());
        if (regency != null) {
            parameters.put("regency", regency);
        }
        if (programme != null) {
            parameters.put("programme", programme);
        }
        if (channel != null) {
            parameters.put("channel", channel);
        }
        return parameters;
    }

    /** Listing sync's parameters for this filter: the marketplace, regency and programme set (no period). */
    public Map<String, String> listingParameters() {
        Map<String, String> parameters = new LinkedHashMap<>(salesParameters());
        parameters.keySet().removeAll(List.of("period", "from", "to"));
        return parameters;
    }

    /** A URI template of {@code path} with a {@code {name}} query variable for each of {@code names}. */
    public static String uriTemplate(String path, Collection<String> names) {
        StringBuilder template = new StringBuilder(path).append('?');
        names.forEach(name -> template.append(name).append("={").append(name).append("}&"));
        return template.substring(0, template.length() - 1);
    }

    /** The same filter with another regency (null: every regency), as the map's links use it. */
    public DashboardFilter withRegency(String code) {
        return new DashboardFilter(from, to, period, code, programme, channel, false);
    }

    /** The dashboard's query string for this filter, without the leading {@code ?}. */
    public String query() {
        StringBuilder query = new StringBuilder("from=" + from + "&to=" + to + "&period=" + period);
        if (regency != null) {
            query.append("&regency=").append(regency);
        }
        if (programme != null) {
            query.append("&programme=").append(programme);
        }
        if (channel != null) {
            query.append("&channel=").append(channel);
        }
        return query.toString();
    }
}
