package id.tenun.console.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.console.group.Certificate;
import id.tenun.console.services.CatalogAnswers.Group;

class GroupRecordUnitTests {

    final GroupRecord fromProducts = BusinessRecordDocumentsUnitTests.record();

    @Test
    void takesTheNibAProductCarriesWhileTheGroupHasNone() {
        assertThat(fromProducts.nib()).isEqualTo(BusinessRecordDocumentsUnitTests.NIB);
        assertThat(withGroup(fromProducts.group(), null, List.of()).nib()).isNull();
    }

    @Test
    void prefersTheGroupsOwnNib() {
        assertThat(withGroup(fromProducts.group(), "9120401112223", fromProducts.certificates()).nib())
                .isEqualTo("9120401112223");
    }

    private GroupRecord withGroup(Group g, String nib, List<Certificate> certificates) {
        Group group = new Group(g.id(), g.version(), g.name(), g.programme(), g.kind(), g.villageCode(),
                g.villageName(), g.districtCode(), g.districtName(), g.regencyCode(), g.regencyName(),
                g.provinceCode(), g.contactName(), g.contactPhone(), nib, g.productKinds(), g.status());
        return new GroupRecord(group, certificates, fromProducts.members(), fromProducts.mentors(),
                fromProducts.shops(), fromProducts.figures(), fromProducts.generatedAt());
    }
}
