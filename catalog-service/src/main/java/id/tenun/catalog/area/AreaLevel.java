package id.tenun.catalog.area;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four levels of Indonesia's administrative areas, top down; a code has one dotted part per level. */
public enum AreaLevel {

    PROVINCE, REGENCY, DISTRICT, VILLAGE;

    /** The level of a code such as {@code 53.09.01}, by its number of parts; empty for a code of more than four. */
    public static Optional<AreaLevel> ofCode(String code) {
        int parts = code.split("\\.", -1).length;
        return parts <= values().length ? Optional.of(values()[parts - 1]) : Optional.empty();
    }

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
