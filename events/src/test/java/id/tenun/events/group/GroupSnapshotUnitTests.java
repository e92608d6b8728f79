package id.tenun.events.group;

import static id.tenun.events.Records.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.events.Examples;
import id.tenun.events.group.GroupSnapshot.ChannelConnection;

class GroupSnapshotUnitTests {

    private final GroupSnapshot group = Examples.tenunSikka();

    @Test
    void refusesAVillageOutsideItsDistrict() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(group, "villageCode", "53.07.04.2001"))
                .withMessage("GroupSnapshot.villageCode '53.07.04.2001' does not lie in districtCode '53.07.03'");
    }

    @Test
    void refusesADistrictOutsideItsRegencyAndARegencyOutsideItsProvince() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(group, "villageCode", "53.10.03.2005", "districtCode", "53.10.03"))
                .withMessage("GroupSnapshot.districtCode '53.10.03' does not lie in regencyCode '53.07'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(group, "villageCode", "52.07.03.2005", "districtCode", "52.07.03", "regencyCode",
                        "52.07"))
                .withMessage("GroupSnapshot.regencyCode '52.07' does not lie in provinceCode '53'");
    }

    @Test
    void refusesAreaCodesOfTheWrongShape() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(group, "provinceCode", "NTT"))
                .withMessage("GroupSnapshot.provinceCode must be a Kemendagri area code like '53', was 'NTT'");
        assertThatIllegalArgumentException().isThrownBy(() -> with(group, "districtCode", "53.7.3"))
                .withMessageStartingWith("GroupSnapshot.districtCode must be a Kemendagri area code");
    }

    @Test
    void refusesAGroupWithoutProgrammeKindOrStatus() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(group, "programme", null))
                .withMessage("GroupSnapshot.programme is required");
        assertThatIllegalArgumentException().isThrownBy(() -> with(group, "kind", null))
                .withMessage("GroupSnapshot.kind is required");
        assertThatIllegalArgumentException().isThrownBy(() -> with(group, "status", null))
                .withMessage("GroupSnapshot.status is required");
    }

    @Test
    void refusesTheSameShopTwice() {
        List<ChannelConnection> twice = List.of(new ChannelConnection("shopee", "884213377", true),
                new ChannelConnection("shopee", "884213377", false));

        assertThatIllegalArgumentException().isThrownBy(() -> with(group, "channelConnections", twice))
                .withMessage("GroupSnapshot.channelConnections has shop 884213377 on shopee more than once");
    }

    @Test
    void refusesAShopIdThatWouldBreakAWebhookKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelConnection("shopee", "88:42", true))
                .withMessage("ChannelConnection.shopId must not contain ':', was '88:42'");
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelConnection("Tokopedia", "1", true))
                .withMessageStartingWith("ChannelConnection.channel must be a channel id");
    }

    @Test
    void listsTheConnectedShopsOfAChannel() {
        assertThat(group.connectedShops("shopee")).extracting(ChannelConnection::shopId).containsExactly("884213377");
        assertThat(group.connectedShops("tokopedia")).isEmpty();
    }

    @Test
    void givesTheSameEventIdToTheSameVersion() {
        GroupChanged event = GroupChanged.of(group);

        assertThat(GroupChanged.of(Examples.tenunSikka()).eventId()).isEqualTo(event.eventId());
        assertThat(GroupChanged.of(with(group, "version", 4L)).eventId()).isNotEqualTo(event.eventId());
        assertThat(event.occurredAt()).isEqualTo(group.updatedAt());
        assertThat(event.key()).isEqualTo(event.groupId()).isEqualTo("grp-sikka-dua");
        assertThat(event.version()).isEqualTo(3);
    }

}
