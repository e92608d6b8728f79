package id.tenun.catalog.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.tenun.catalog.csv.CsvLine;

class AreasUnitTests {

    static Areas areas;

    @BeforeAll
    static void load() {
        areas = Areas.load();
    }

    @Test
    void findsAVillageWithItsDistrictRegencyAndProvince() {
        Place place = areas.place("53.07.04.2003").orElseThrow();
        assertThat(place.village().code()).isEqualTo("53.07.04.2003");
        assertThat(place.district().code()).isEqualTo("53.07.04");
        assertThat(place.regency().name()).isEqualTo("Kabupaten Sikka");
        assertThat(place.province().name()).isEqualTo("Nusa Tenggara Timur");
    }

    @Test
    void knowsNoVillageForAnUnknownOrMalformedCode() {
        assertThat(areas.place("53.07.04.9999")).isEmpty();
        assertThat(areas.place("53.07")).isEmpty();
        assertThat(areas.place("kupang")).isEmpty();
        assertThat(areas.place(null)).isEmpty();
    }

    @Test
    void nusaTenggaraTimurHasItsTwentyTwoRegenciesAndCitiesAndTheirVillages() {
        assertThat(areas.regenciesOf("53")).hasSize(22)
                .extracting(Place.Area::name).contains("Kabupaten Manggarai", "Kota Kupang");
        long villages = areas.regenciesOf("53").stream()
                .flatMap(regency -> areas.districtsOf(regency.code()).stream())
                .mapToLong(district -> areas.villagesOf(district.code()).size())
                .sum();
        assertThat(villages).isEqualTo(3442);
    }

    @Test
    void readsQuotedNamesWithCommasAndDoubledQuotes() {
        assertThat(CsvLine.fields("12.07.28.1007,12.07.28,\"Lubuk Pakam I,II\""))
                .containsExactly("12.07.28.1007", "12.07.28", "Lubuk Pakam I,II");
        assertThat(areas.place("53.02.08.2002").orElseThrow().village().name()).isEqualTo("Nunle\"u");
    }
}
