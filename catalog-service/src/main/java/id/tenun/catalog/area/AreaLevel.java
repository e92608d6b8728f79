package id.tenun.catalog.area;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four levels of Indonesia's administrative areas, top down. */
public enum AreaLevel {

    PROVINCE, REGENCY, DISTRICT, VILLAGE;

    /** The level named {@code province}, {@code regency}, {@code district} or {@code village}, in any case. */
    public static Optional<AreaLevel> named(String name) {
        return Arrays.stream(values()).filter(level -> level.urlName().equalsIgnoreCase(name)).findFirst();
    }

    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level just below this one, if any. */
    public Optional<AreaLevel> below() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
