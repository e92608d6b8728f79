package id.tenun.console.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupFormUnitTests {

    @Test
    void takesEveryLevelFromAVillagePickedAmongTheResults() {
        GroupForm form = picker("", "", "", "", "53.09.02.2010");

        assertThat(form.provinceCode()).isEqualTo("53");
        assertThat(form.regencyCode()).isEqualTo("53.09");
        assertThat(form.districtCode()).isEqualTo("53.09.02");
        assertThat(form.villageCode()).isEqualTo("53.09.02.2010");
        assertThat(form.pick()).isEmpty();
        assertThat(form.searchWithin()).isEqualTo("53.09.02");
    }

    @Test
    void forgetsTheLevelsBelowAnotherRegency() {
        GroupForm form = picker("53", "53.10", "53.09.02", "53.09.02.2010", "");

        assertThat(form.regencyCode()).isEqualTo("53.10");
        assertThat(form.districtCode()).isEmpty();
        assertThat(form.villageCode()).isEmpty();
        assertThat(form.searchWithin()).isEqualTo("53.10");
    }

    @Test
    void ignoresWhatIsNotAnAreaCode() {
        GroupForm form = picker("53", "53.09'", "", "", "../53");

        assertThat(form.provinceCode()).isEqualTo("53");
        assertThat(form.regencyCode()).isEmpty();
        assertThat(form.searchWithin()).isEqualTo("53");
    }

    @Test
    void namesWhatIsMissingByFieldAndMapsTheCatalogsFields() {
        assertThat(GroupForm.empty().problems()).containsOnlyKeys("name", "programme", "kind", "area");
        assertThat(GroupForm.fieldOf("villageCode")).isEqualTo("area");
        assertThat(GroupForm.fieldOf("contactPhone")).isEqualTo("contactPhone");
        assertThat(GroupForm.fieldOf("status")).isEqualTo("form");
    }

    @Test
    void keepsTheSearchWithinWhatTheCatalogTakes() {
        GroupForm form = new GroupForm("", "", "", "", "", "", "", "", "", " " + "a".repeat(80), "");

        assertThat(form.areaQuery()).hasSize(60);
    }

    private static GroupForm picker(String province, String regency, String district, String village, String pick) {
        return new GroupForm("Kelompok", "OVOP", "COMMUNITY", "", "", province, regency, district, village, "", pick);
    }
}
