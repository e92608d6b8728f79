package id.tenun.catalog.demo;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.tenun.catalog.area.Areas;
import id.tenun.catalog.area.Place;
import id.tenun.catalog.demo.DemoCatalog.DemoGroup;
import id.tenun.catalog.demo.DemoCatalog.DemoProduct;
import id.tenun.catalog.group.Group;
import id.tenun.catalog.group.GroupDetails;
import id.tenun.catalog.group.GroupRegistry;
import id.tenun.catalog.group.Groups;
import id.tenun.catalog.product.Certification;
import id.tenun.catalog.product.ProductDetails;
import id.tenun.catalog.product.ProductRegistration;
import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupStatus;
import id.tenun.events.product.ProductSnapshot.Condition;
import id.tenun.support.security.CurrentUser;
import id.tenun.support.security.Role;

/**
 * Seeds the demo groups and products of {@link DemoCatalog} once the application is ready, when
 * {@code tenun.catalog.demo.seed=true} (the local stack sets it) and the catalog has no group yet, so a restart adds
 * nothing. Everything goes through the catalog's own commands as an admin ({@value #SUBJECT}): validated, stored
 * and published to Kafka like any other change. With {@code tenun.catalog.demo.photos-url} set (the local stack sets
 * the sandbox's stand-in photos), each product gets a photo there named after it; without, products have none and are
 * not publishable until one is added.
 */
@Component
@ConditionalOnBooleanProperty("tenun.catalog.demo.seed")
@EnableConfigurationProperties(DemoSettings.class)
class DemoData {

    static final String SUBJECT = "demo-seed";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final CurrentUser SEEDER = new CurrentUser(SUBJECT, Set.of(Role.ADMIN), Set.of());

    private final GroupRegistry registry;
    private final Groups groups;
    private final ProductRegistration registration;
    private final Areas areas;
    private final String photosUrl;
    private final Clock clock = Clock.systemUTC();

    DemoData(GroupRegistry registry, Groups groups, ProductRegistration registration, Areas areas,
            DemoSettings settings) {
        this.registry = registry;
        this.groups = groups;
        this.registration = registration;
        this.areas = areas;
        String photosUrl = settings.photosUrl();
        this.photosUrl = photosUrl == null || photosUrl.isBlank() ? null : photosUrl.replaceAll("/+$", "");
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        seed();
    }

    /** Seeds the demo data if the catalog has no group yet; what it added (nothing on a second call). */
    Seeded seed() {
        if (!groups.none()) {
            log.info("Demo data not seeded: the catalog already has groups");
            return Seeded.NOTHING;
        }
        LocalDate today = LocalDate.now(clock.withZone(WITA));
        Map<Programme, Integer> perProgramme = new EnumMap<>(Programme.class);
        Set<String> regencies = new TreeSet<>();
        int products = 0;
        int drafts = 0;
        int expired = 0;
        int refused = 0;
        List<DemoGroup> table = DemoCatalog.groups();
        for (int g = 0; g < table.size(); g++) {
            DemoGroup demo = table.get(g);
            Place place = areas.place(demo.villageCode()).orElse(null);
            if (place == null) {
                log.warn("Demo group {} skipped: village {} is not in the area data", demo.name(), demo.villageCode());
                refused += 1 + demo.products().size();
                continue;
            }
            Group group;
            try {
                group = registry.register(new GroupDetails(demo.name(), demo.programme(), demo.kind(),
                        demo.villageCode(), demo.contactName(), demo.contactPhone(), null,
                        demo.products().stream().map(DemoProduct::categoryCode).distinct().toList(),
                        GroupStatus.ACTIVE),
                        SEEDER);
            } catch (IllegalArgumentException e) {
                log.warn("Demo group {} refused: {}", demo.name(), e.getMessage());
                refused += 1 + demo.products().size();
                continue;
            }
            perProgramme.merge(group.programme(), 1, Integer::sum);
            regencies.add(group.regencyCode());
            for (int p = 0; p < demo.products().size(); p++) {
                DemoProduct product = demo.products().get(p);
                int serial = (g + 1) * 10 + p + 1;
                try {
                    registration.create(details(group.id(), product, place, serial, today), SEEDER);
                } catch (IllegalArgumentException e) {
                    log.warn("Demo product {} of {} refused: {}", product.name(), demo.name(), e.getMessage());
                    refused++;
                    continue;
                }
                products++;
                drafts += product.draft() ? 1 : 0;
                expired += product.expired() ? 1 : 0;
            }
        }
        Seeded seeded = new Seeded(perProgramme.values().stream().mapToInt(Integer::intValue).sum(), perProgramme,
                regencies.size(), products, drafts, expired, refused);
        log.info("Demo data seeded: {} groups (OVOP {}, OCOP {}, OSOP {}) in {} regencies and cities, {} products "
                + "({} drafts, {} with an expired certificate){}", seeded.groups(), seeded.of(Programme.OVOP),
                seeded.of(Programme.OCOP), seeded.of(Programme.OSOP), seeded.regencies(), seeded.products(),
                seeded.drafts(), seeded.expired(), refused == 0 ? "" : ", " + refused + " refused (see warnings)");
        return seeded;
    }

    private ProductDetails details(String groupId, DemoProduct product, Place place, int serial, LocalDate today) {
        List<Certification> certifications = new ArrayList<>();
        product.certificates().forEach(c -> certifications
                .add(c.issue(place.regency().code(), place.regency().name(), serial, today)));
        return new ProductDetails(groupId, product.name(), product.description(), product.categoryCode(),
                product.draft() ? List.of() : null, true, product.rawMaterial(), product.weightGrams(),
                product.dimensions(), photos(product), 1, Condition.NEW, product.variants(), certifications);
    }

    /** A photo named after the product ({@code kopi-arabika-flores-bajawa-bubuk.png}) under the photos URL. */
    private List<String> photos(DemoProduct product) {
        if (photosUrl == null) {
            return List.of();
        }
        String name = Normalizer.normalize(product.name(), Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return List.of(photosUrl + "/" + name + ".png");
    }

    /** What one seeding added. */
    record Seeded(int groups, Map<Programme, Integer> perProgramme, int regencies, int products, int drafts,
            int expired, int refused) {

        static final Seeded NOTHING = new Seeded(0, Map.of(), 0, 0, 0, 0, 0);

        Seeded {
            perProgramme = Map.copyOf(perProgramme);
        }

        int of(Programme programme) {
            return perProgramme.getOrDefault(programme, 0);
        }
    }
}
