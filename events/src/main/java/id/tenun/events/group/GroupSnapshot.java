package id.tenun.events.group;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.tenun.events.Checks;
import id.tenun.events.Programme;

/**
 * A producer group (kelompok) as the catalog holds it at one {@code version}. Never carries a secret: channel
 * connections say only which shop is connected.
 *
 * @param groupId the catalog's group id
 * @param version increases by one with every change of the group (1 for a new group)
 * @param name the group's name
 * @param programme OVOP, OCOP or OSOP
 * @param kind what sort of group it is
 * @param villageCode Kemendagri village code, e.g. {@code 53.07.03.2005} (Sikka, Lela, Kabupaten Sikka)
 * @param districtCode the village's district (kecamatan), e.g. {@code 53.07.03}
 * @param regencyCode the district's regency (kabupaten/kota), e.g. {@code 53.07}
 * @param provinceCode the regency's province, {@code 53} for Nusa Tenggara Timur
 * @param status active or paused
 * @param channelConnections the group's shops on the marketplaces
 * @param updatedAt when this version was made
 */
public record GroupSnapshot(String groupId, long version, String name, Programme programme, GroupKind kind,
        String villageCode, String districtCode, String regencyCode, String provinceCode, GroupStatus status,
        List<ChannelConnection> channelConnections, Instant updatedAt) {

    public GroupSnapshot {
        Checks.notBlank(groupId, "GroupSnapshot.groupId");
        Checks.positive(version, "GroupSnapshot.version");
        Checks.notBlank(name, "GroupSnapshot.name");
        Checks.notNull(programme, "GroupSnapshot.programme");
        Checks.notNull(kind, "GroupSnapshot.kind");
        Checks.villageCode(villageCode, "GroupSnapshot.villageCode");
        Checks.districtCode(districtCode, "GroupSnapshot.districtCode");
        Checks.regencyCode(regencyCode, "GroupSnapshot.regencyCode");
        Checks.provinceCode(provinceCode, "GroupSnapshot.provinceCode");
        within(villageCode, districtCode, "GroupSnapshot.villageCode", "districtCode");
        within(districtCode, regencyCode, "GroupSnapshot.districtCode", "regencyCode");
        within(regencyCode, provinceCode, "GroupSnapshot.regencyCode", "provinceCode");
        Checks.notNull(status, "GroupSnapshot.status");
        channelConnections = Checks.list(channelConnections, "GroupSnapshot.channelConnections");
        Set<String> shops = new HashSet<>();
        for (ChannelConnection connection : channelConnections) {
            if (!shops.add(connection.channel() + ":" + connection.shopId())) {
                throw new IllegalArgumentException("GroupSnapshot.channelConnections has shop " + connection.shopId()
                        + " on " + connection.channel() + " more than once");
            }
        }
        Checks.notNull(updatedAt, "GroupSnapshot.updatedAt");
    }

    private static void within(String code, String parent, String name, String parentName) {
        if (!code.startsWith(parent + ".")) {
            throw new IllegalArgumentException(
                    name + " '" + code + "' does not lie in " + parentName + " '" + parent + "'");
        }
    }

    /** The connected shops on a channel. */
    public List<ChannelConnection> connectedShops(String channel) {
        return channelConnections.stream()
                .filter((connection) -> connection.connected() && connection.channel().equals(channel))
                .toList();
    }

    /** What sort of group it is. */
    public enum GroupKind {

        /** A village-owned enterprise (Badan Usaha Milik Desa). */
        BUMDES,

        /** A cooperative (koperasi). */
        COOPERATIVE,

        /** A community group (kelompok masyarakat, e.g. a weavers' group). */
        COMMUNITY,

        /** A school. */
        SCHOOL,

        /** A class within a school. */
        CLASS,

        /** A special-needs school (Sekolah Luar Biasa). */
        SLB

    }

    public enum GroupStatus {

        ACTIVE,

        /** Listings are paused, e.g. during harvest or a school holiday. */
        PAUSED

    }

    /**
     * A shop of the group on a marketplace. Credentials never travel in events.
     *
     * @param channel the channel id, e.g. {@code shopee}
     * @param shopId the marketplace's shop id
     * @param connected whether Tenun currently holds a working authorization for the shop
     */
    public record ChannelConnection(String channel, String shopId, boolean connected) {

        public ChannelConnection {
            Checks.channel(channel, "ChannelConnection.channel");
            Checks.keyPart(shopId, "ChannelConnection.shopId");
        }

    }

}
