package id.tenun.listing.shop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import id.tenun.listing.connection.Connections;
import id.tenun.listing.state.Listings;
import id.tenun.support.security.CurrentUser;

/**
 * Per channel: each shop's breaker and limiter, quota use over the last minute, backlog and last success. Programme
 * staff see every shop; a member or mentor only the shops their groups hold (the channel's backlog is the channel's).
 */
@Service
public class ChannelHealth {

    private final ShopGuards guards;
    private final Listings listings;
    private final ChannelSettingsProperties settings;
    private final Connections connections;

    ChannelHealth(ShopGuards guards, Listings listings, ChannelSettingsProperties settings, Connections connections) {
        this.guards = guards;
        this.listings = listings;
        this.settings = settings;
        this.connections = connections;
    }

    /** Every shop's report, for operators and programme staff. */
    public List<ChannelReport> report() {
        return report(shop -> true);
    }

    /** What this user may see: every shop for staff, the shops their groups hold for members and mentors. */
    public List<ChannelReport> report(CurrentUser user) {
        Set<String> visible = user.visibleGroups();
        if (visible == null) {
            return report();
        }
        Set<String> held = connections.ofGroups(visible).stream()
                .map(connection -> connection.channel() + ":" + connection.shopId())
                .collect(Collectors.toSet());
        return report(held::contains);
    }

    private List<ChannelReport> report(Predicate<String> shown) {
        Map<String, List<ShopReport>> shops = new TreeMap<>();
        settings.channels().keySet().forEach(channel -> shops.put(channel, new ArrayList<>()));
        for (ShopGuard guard : guards.all()) {
            if (!shown.test(guard.name())) {
                continue;
            }
            String channel = guard.name().substring(0, guard.name().indexOf(':'));
            String shopId = guard.name().substring(channel.length() + 1);
            double quota = settings.channels().get(channel).quotaOf(shopId);
            var breaker = guard.breaker();
            shops.computeIfAbsent(channel, c -> new ArrayList<>()).add(new ShopReport(
                    shopId, breaker.getState().name(),
                    breaker.getMetrics().getFailureRate(), breaker.getMetrics().getNumberOfNotPermittedCalls(),
                    quota, guard.meter().lastMinute(),
                    Math.round(guard.meter().lastMinute() / (quota * 60) * 1000) / 10.0,
                    guard.limiter().getMetrics().getAvailablePermissions(),
                    guard.limiter().getMetrics().getNumberOfWaitingThreads(), guard.meter().total(),
                    guard.meter().lastSuccess()));
        }
        List<ChannelReport> reports = new ArrayList<>();
        shops.forEach((channel, list) -> {
            Instant last = list.stream().map(ShopReport::lastSuccessAt).filter(Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
            String breaker = list.stream().map(ShopReport::breakerState).filter(s -> !s.equals("CLOSED")).findFirst()
                    .orElse("CLOSED");
            reports.add(new ChannelReport(channel, breaker, listings.backlog(channel), last, list));
        });
        return reports;
    }

    public record ChannelReport(String channel, String breakerState, long backlog, Instant lastSuccessAt,
            List<ShopReport> shops) {
    }

    public record ShopReport(String shopId, String breakerState, float failureRatePercent, long notPermittedCalls,
            double quotaPerSecond, long callsLastMinute, double quotaUsedPercentLastMinute, int limiterPermitsAvailable,
            int limiterWaitingThreads, long callsTotal, Instant lastSuccessAt) {
    }

}
