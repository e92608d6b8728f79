package id.tenun.console.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.console.services.CatalogAnswers.Group;
import id.tenun.console.services.CatalogAnswers.GroupDetails;

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
        assertThat(GroupForm.fieldOf("nib")).isEqualTo("nib");
        assertThat(GroupForm.fieldOf("productKinds")).isEqualTo("productKinds");
        assertThat(GroupForm.fieldOf("villageName")).isEqualTo("form");
    }

    @Test
    void keepsTheSearchWithinWhatTheCatalogTakes() {
        GroupForm form = new GroupForm("", "", "", "", "", "", "", "", "", " " + "a".repeat(80), "", "", null, "");

        assertThat(form.areaQuery()).hasSize(60);
    }

    @Test
    void startsAChangeFromTheGroupAsStoredAndSendsItsNibKindsAndStatus() {
        Group stored = new Group("grp-1", 4, "Kelompok Kopi Colol", "OVOP", "COMMUNITY", "53.19.04.2003", "Colol",
                "53.19.04", "Pocoranaka Timur", "53.19", "Kabupaten Manggarai Timur", "53", null, null,
                "9120301234567", List.of("pangan.kopi"), "PAUSED");

        GroupForm form = GroupForm.of(stored);

        assertThat(form.problems()).isEmpty();
        assertThat(form.searchWithin()).isEqualTo("53.19.04");
        GroupDetails details = form.details();
        assertThat(details.villageCode()).isEqualTo("53.19.04.2003");
        assertThat(details.nib()).isEqualTo("9120301234567");
        assertThat(details.productKinds()).containsExactly("pangan.kopi");
        assertThat(details.status()).isEqualTo("PAUSED");
    }

    @Test
    void sendsNoNibWhenNoneIsTypedAndNoStatusOnARegistration() {
        GroupForm form = new GroupForm("Kelompok", "OVOP", "COMMUNITY", "", "", "", "", "", "", "", "53.09.02.2010",
                " ", Arrays.asList("pangan.madu", "", null, "pangan.madu"), "");

        assertThat(form.details().nib()).isNull();
        assertThat(form.details().productKinds()).containsExactly("pangan.madu");
        assertThat(form.details().status()).isNull();
    }

    private static GroupForm picker(String province, String regency, String district, String village, String pick) {
        return new GroupForm("Kelompok", "OVOP", "COMMUNITY", "", "", province, regency, district, village, "", pick,
                "",
                List.of(), "");
    }
}
