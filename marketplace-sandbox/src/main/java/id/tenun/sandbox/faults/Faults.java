package id.tenun.sandbox.faults;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import id.tenun.sandbox.core.Channels;

/** The faults currently injected, per channel. */
@Component
public class Faults {

    private final Map<String, FaultSettings> settings = new ConcurrentHashMap<>();

    public FaultSettings of(String channel) {
        return settings.getOrDefault(channel, FaultSettings.NONE);
    }

    public void set(String channel, FaultSettings faults) {
        if (!Channels.ALL.contains(channel)) {
            throw new IllegalArgumentException("Unknown channel " + channel);
        }
        settings.put(channel, faults == null ? FaultSettings.NONE : faults);
    }

    public void clear() {
        settings.clear();
    }

    public Map<String, FaultSettings> all() {
        Map<String, FaultSettings> all = new TreeMap<>();
        Channels.ALL.forEach(channel -> all.put(channel, of(channel)));
        return all;
    }

    public static boolean chance(double rate) {
        return rate > 0 && (rate >= 1 || ThreadLocalRandom.current().nextDouble() < rate);
    }
}
