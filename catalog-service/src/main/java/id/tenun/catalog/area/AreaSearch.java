package id.tenun.catalog.area;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import id.tenun.catalog.area.Place.Area;
import id.tenun.catalog.paging.PageOf;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.Violations;

/**
 * Finds areas for pickers among all provinces, regencies, districts and villages, held in memory in the order they
 * are answered (by level, then name). A name matches {@code q} ignoring case, accents and punctuation: those that
 * start with it first, then those with a word that starts with it, then those that contain it. {@code parent}
 * keeps the areas inside it, by default one level below it.
 */
@Component
public class AreaSearch {

    /** The longest {@code q} accepted; the longest area name has 44 characters. */
    public static final int MAX_QUERY = 60;

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS_AND_APOSTROPHES = Pattern.compile("[\\p{M}'’‘`ʼ]+");
    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    private final Map<AreaLevel, List<Entry>> byLevel = new HashMap<>();
    private final Map<String, Entry> byCode = new HashMap<>(100_000);

    AreaSearch(Areas areas) {
        for (AreaLevel level : AreaLevel.values()) {
            List<Entry> entries = new ArrayList<>();
            for (Area area : areas.all(level)) {
                String code = area.code();
                Entry parent = code.contains(".") ? byCode.get(code.substring(0, code.lastIndexOf('.'))) : null;
                Entry entry = new Entry(area, level, normalized(area.name()), parent);
                entries.add(entry);
                byCode.put(code, entry);
            }
            entries.sort(Comparator.comparing(Entry::key).thenComparing(entry -> entry.area().code()));
            byLevel.put(level, List.copyOf(entries));
        }
    }

    /**
     * A page of the areas whose name matches {@code q} (all when it is blank), of {@code level} (all levels when
     * it and {@code parent} are absent), inside {@code parent}; a wrong level, an unknown parent or a {@code q}
     * longer than {@link #MAX_QUERY} is a 400 naming it.
     */
    public PageOf<AreaMatch> search(String q, String level, String parent, PageRequest page) {
        Violations v = new Violations();
        v.check(q == null || q.length() <= MAX_QUERY, "q", "Kata pencarian paling banyak " + MAX_QUERY
                + " karakter.", "The search text may have at most " + MAX_QUERY + " characters.");
        Optional<AreaLevel> wanted = level == null || level.isBlank() ? Optional.empty() : AreaLevel.named(level);
        v.check(level == null || level.isBlank() || wanted.isPresent(), "level",
                "Tingkat wilayah: province, regency, district atau village.",
                "The level must be province, regency, district or village.");
        Entry inside = null;
        if (parent != null && !parent.isBlank()) {
            inside = CODE.matcher(parent.strip()).matches() ? byCode.get(parent.strip()) : null;
            v.check(inside != null, "parent", "Kode wilayah induk tidak dikenal.", "The parent area code is unknown.");
            if (inside != null && wanted.isEmpty()) {
                wanted = inside.level().below();
            }
            v.check(inside == null || wanted.isPresent() && wanted.get().compareTo(inside.level()) > 0, "level",
                    "Tingkat wilayah harus di bawah wilayah induknya.", "The level must be below the parent's.");
        }
        v.throwIfAny();
        String text = q == null ? "" : normalized(q);
        String within = inside == null ? null : inside.area().code() + ".";
        List<List<Entry>> ranked = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Stream<AreaLevel> levels = wanted.map(Stream::of).orElseGet(() -> Stream.of(AreaLevel.values()));
        levels.forEach(one -> {
            for (Entry entry : byLevel.get(one)) {
                if (within != null && !entry.area().code().startsWith(within)) {
                    continue;
                }
                int rank = entry.rank(text);
                if (rank >= 0) {
                    ranked.get(rank).add(entry);
                }
            }
        });
        List<Entry> all = new ArrayList<>(ranked.get(0));
        all.addAll(ranked.get(1));
        all.addAll(ranked.get(2));
        return new PageOf<>(page.of(all).stream().map(Entry::match).toList(), page.page(), page.size(), all.size());
    }

    /**
     * Lower case, without accents and apostrophes, each run of other characters one space: {@code "Lé-Ndona"} →
     * {@code "le ndona"}, {@code "Regapu’u"} → {@code "regapuu"}.
     */
    static String normalized(String name) {
        String plain = MARKS_AND_APOSTROPHES.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** One area with its searchable name and the area it lies in. */
    private record Entry(Area area, AreaLevel level, String key, Entry parent) {

        /** 0 when the name starts with {@code text}, 1 when a word of it does, 2 when it contains it, else -1. */
        int rank(String text) {
            int at = key.indexOf(text);
            if (at <= 0) {
                return at;
            }
            return key.charAt(at - 1) == ' ' || key.indexOf(' ' + text, at) > 0 ? 1 : 2;
        }

        AreaMatch match() {
            List<String> above = new ArrayList<>();
            StringBuilder label = new StringBuilder(labelled(this));
            for (Entry up = parent; up != null; up = up.parent()) {
                above.add(up.area().name());
                label.append(", ").append(labelled(up));
            }
            return new AreaMatch(area.code(), area.name(), level.urlName(), above, label.toString());
        }

        /** A village as Desa or Kel. (a kelurahan's code has 1 after the district's), a district as Kec. */
        private static String labelled(Entry entry) {
            String name = entry.area().name();
            return switch (entry.level()) {
                case VILLAGE -> (entry.area().code().charAt(entry.area().code().lastIndexOf('.') + 1) == '1'
                        ? "Kel. "
                        : "Desa ") + name;
                case DISTRICT -> "Kec. " + name;
                default -> name;
            };
        }
    }
}
