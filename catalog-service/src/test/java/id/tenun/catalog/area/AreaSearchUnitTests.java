package id.tenun.catalog.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.catalog.paging.PageOf;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.Violation;

class AreaSearchUnitTests {

    private static final AreaSearch SEARCH = new AreaSearch(Areas.load());
    private static final PageRequest FIRST = PageRequest.of(0, 20, 200);

    @Test
    void findsAVillageByNameIgnoringCaseAccentsAndApostrophesWithTheAreasAboveIt() {
        AreaMatch bajawa = SEARCH.search("BAJÁWA", "village", null, FIRST).items().get(0);
        assertThat(bajawa.code()).isEqualTo("53.09.06.1013");
        assertThat(bajawa.level()).isEqualTo("village");
        assertThat(bajawa.above()).containsExactly("Bajawa", "Kabupaten Ngada", "Nusa Tenggara Timur");
        assertThat(bajawa.label()).isEqualTo("Kel. Bajawa, Kec. Bajawa, Kabupaten Ngada, Nusa Tenggara Timur");
        assertThat(codes(SEARCH.search("regapuu", "Village", null, FIRST))).containsExactly("53.07.01.2021");
        assertThat(SEARCH.search("Keligejo", null, null, FIRST).items().get(0).label())
                .isEqualTo("Desa Keligejo, Kec. Aimere, Kabupaten Ngada, Nusa Tenggara Timur");
    }

    @Test
    void answersNamesStartingWithTheTextBeforeWordsStartingWithItBeforeNamesContainingIt() {
        List<AreaMatch> found = SEARCH.search("bajawa", null, null, FIRST).items();
        assertThat(found).extracting(AreaMatch::name).startsWith("Bajawa", "Bajawa Utara", "Bajawa", "Bajawali");
        assertThat(found.get(0).level()).isEqualTo("district");
        assertThat(found).extracting(AreaMatch::name).last().isEqualTo("Kambajawa");
    }

    @Test
    void listsTheAreasOneLevelBelowAParentOrOfAnyLevelInsideIt() {
        PageOf<AreaMatch> districts = SEARCH.search(null, null, "53.09", FIRST);
        assertThat(districts.total()).isEqualTo(12);
        assertThat(districts.items()).allSatisfy(district -> {
            assertThat(district.level()).isEqualTo("district");
            assertThat(district.code()).startsWith("53.09.");
        });
        assertThat(codes(SEARCH.search("bajawa", "village", "53.09", FIRST))).containsExactly("53.09.06.1013");
        assertThat(SEARCH.search(null, "regency", "53", PageRequest.of(1, 10, 200)).items()).hasSize(10);
    }

    @Test
    void refusesAnUnknownLevelOrParentAndATooLongText() {
        assertThat(fields(() -> SEARCH.search(null, "kota", null, FIRST))).containsExactly("level");
        assertThat(fields(() -> SEARCH.search(null, null, "99.99", FIRST))).containsExactly("parent");
        assertThat(fields(() -> SEARCH.search(null, "province", "53", FIRST))).containsExactly("level");
        assertThat(fields(() -> SEARCH.search("x".repeat(61), null, null, FIRST))).containsExactly("q");
    }

    private static List<String> codes(PageOf<AreaMatch> page) {
        return page.items().stream().map(AreaMatch::code).toList();
    }

    private static List<String> fields(Runnable search) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(search::run).isInstanceOfSatisfying(InvalidInput.class,
                e -> e.violations().stream().map(Violation::field).forEach(fields::add));
        return fields;
    }
}
