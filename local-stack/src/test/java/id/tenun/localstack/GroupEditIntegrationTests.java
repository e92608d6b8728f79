package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Programme staff in headless Chromium against the whole stack, on a group of their own: change its details (a wrong
 * NIB comes back next to its field with everything typed kept, then its NIB, products' kinds and status are saved and
 * shown on the profile, and in the catalog); see its open invitations with when each expires and withdraw one; find
 * a mentor by name as one types and without JavaScript, and the group by name on the invitation form. Screenshots at
 * 360 px and 1280 px go to {@code console/target/screenshots/}, and each page's first load stays under 150 KB.
 */
@ExtendWith(SharedStack.class)
class GroupEditIntegrationTests {

    private static final String MENTOR = "Pendamping Maria Goreti";
    /** Ratogesa, a village of Kecamatan Golewa in Kabupaten Ngada. */
    private static final String VILLAGE = "53.09.02.2010";

    @TempDir
    static Path profile;

    private static LocalStack stack;
    private static StackClient client;
    private static ConsoleBrowser staff;

    @BeforeAll
    static void start(LocalStack shared) {
        stack = shared;
        client = new StackClient(stack);
        staff = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("staff"));
        staff.signInAs(stack, "STAFF");
    }

    @AfterAll
    static void closeTheBrowser() {
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void changesAGroupsNibKindsAndStatusKeepingWhatWasTypedAfterAMistake() throws Exception {
        String name = numbered("Kelompok Kopi Uji Ubah");
        String group = registerGroup(name);
        staff.open("/kelompok/" + group + "/profil");
        assertThat(staff.text("#nib")).isEqualTo("belum tercatat");
        assertThat(staff.text("#kinds")).isEqualTo("belum dipilih");

        staff.click("#edit-group");
        staff.weigh("kelompok-ubah");
        assertThat(staff.text("h1")).isEqualTo("Ubah data kelompok");
        assertThat(staff.find("#name").getAttribute("value")).isEqualTo(name);
        assertThat(staff.text("#area-chosen")).startsWith("Dipilih: Desa Ratogesa, Kec. Golewa");
        staff.type("#nib", "9120 3012");
        staff.click("[id='kind-pangan.kopi']");
        staff.click("[id='kind-pangan.madu']");
        staff.select("#status", "PAUSED");
        staff.click("#register");

        assertThat(staff.text("#problem-nib")).isEqualTo("NIB harus 13 angka, mis. 9120301234567 (dari OSS).");
        assertThat(staff.all("#problem-form")).as("the mistake is said next to its field only").isEmpty();
        assertThat(staff.find("#nib").getAttribute("value")).isEqualTo("9120 3012");
        assertThat(staff.find("[id='kind-pangan.kopi']").isSelected()).isTrue();
        assertThat(staff.find("#status").getAttribute("value")).isEqualTo("PAUSED");
        staff.screenshots("kelompok-ubah-salah-isi");

        staff.type("#nib", "9120301234567");
        staff.type("#name", name + " Bajawa");
        staff.screenshots("kelompok-ubah");
        staff.click("#register");

        assertThat(staff.text("#changed")).isEqualTo("Data kelompok " + name + " Bajawa sudah disimpan.");
        assertThat(staff.text("#nib")).isEqualTo("9120301234567");
        assertThat(staff.text("#kinds")).contains("Kopi", "Madu");
        assertThat(staff.text("#details")).contains(name + " Bajawa", "dijeda");
        JsonNode stored = client.get("catalog", "/api/groups/" + group);
        assertThat(stored.path("nib").asString()).isEqualTo("9120301234567");
        assertThat(stored.path("status").asString()).isEqualTo("PAUSED");
        assertThat(stored.path("villageCode").asString()).isEqualTo(VILLAGE);
    }

    @Test
    void listsTheGroupsOpenInvitationsWithTheirExpiryAndWithdrawsOne() throws Exception {
        String group = registerGroup(numbered("Kelompok Tenun Uji Undangan"));
        staff.open("/kelompok/" + group + "/profil");
        assertThat(staff.text("#no-open-invitations")).isEqualTo("Tidak ada undangan yang masih berlaku.");
        invite(group, "Anggota Uji Satu");
        invite(group, "Anggota Uji Dua");

        staff.open("/kelompok/" + group + "/profil");
        assertThat(staff.text("#open-invitations")).contains("Anggota Uji Satu", "Anggota Uji Dua", "berlaku sampai");
        staff.weigh("profil-undangan");
        staff.screenshots("profil-undangan");
        String first = staff.all("#open-invitations li").stream()
                .filter(item -> item.getText().contains("Anggota Uji Satu"))
                .map(item -> item.getDomAttribute("data-invitation")).findFirst().orElseThrow();
        staff.click("li[data-invitation='" + first + "'] button");

        assertThat(staff.text("#invitation-withdrawn")).isEqualTo(
                "Undangan untuk Anggota Uji Satu sudah ditarik: tautannya tidak berlaku lagi.");
        assertThat(staff.text("#open-invitations")).contains("Anggota Uji Dua").doesNotContain("Anggota Uji Satu");
    }

    @Test
    void findsAMentorByNameAsOneTypesAndWithoutJavaScript() throws Exception {
        String group = registerGroup(numbered("Kelompok Madu Uji Pendamping"));
        staff.open("/kelompok/" + group + "/profil");
        staff.type("#pendamping", "tidak-ada-nama-ini");
        assertThat(staff.textOnceShown("#mentor-choices p.muted:not(#mentor-more)"))
                .isEqualTo("Tidak ada pendamping aktif dengan nama itu yang belum mendampingi kelompok ini.");
        staff.type("#pendamping", "goreti");
        // as one types (htmx): the mentors come without a page load
        String choice = staff.textOnceShown("#mentor-choices label");
        assertThat(choice).startsWith(MENTOR);
        staff.screenshots("profil-cari-pendamping");
        staff.click("#mentor-choices label");
        staff.click("#assign");
        try {
            assertThat(staff.text("#mentor-changed")).isEqualTo(MENTOR + " sekarang mendampingi kelompok ini.");
        } finally {
            // the demo mentor's groups are the shared stack's: others count them
            staff.open("/kelompok/" + group + "/profil");
            staff.click("#mentors li[data-user] form button");
            assertThat(staff.text("#mentor-changed")).isEqualTo(MENTOR + " tidak lagi mendampingi kelompok ini.");
        }

        try (ConsoleBrowser plain = ConsoleBrowser.withoutJavaScript(stack.urls().get("console"),
                profile.resolve("plain"))) {
            plain.signInAs(stack, "STAFF");
            plain.open("/kelompok/" + group + "/profil");
            plain.type("#pendamping", "goreti");
            plain.click("#mentor-find");
            assertThat(plain.path()).contains("pendamping=goreti");
            assertThat(plain.all("#mentor-choices label")).extracting(WebElement::getText)
                    .anySatisfy(label -> assertThat(label).startsWith(MENTOR));
            plain.click("#assign");
            assertThat(plain.text("#problem-mentor")).isEqualTo("Pilih salah satu pendamping dari daftar.");
        }
    }

    @Test
    void findsAGroupByNameAsOneTypesOnTheInvitationForm() throws Exception {
        String name = numbered("Kelompok Garam Uji Cari");
        String group = registerGroup(name);
        staff.open("/pengguna/undangan");
        staff.type("#nama", "Calon Anggota Uji");
        staff.type("#cariKelompok", name.substring(name.length() - 11));
        // as one types (htmx): the groups come without a page load, what was typed stays
        assertThat(staff.textOnceShown("label[for='kelompok-" + group + "']")).startsWith(name + " · ");
        assertThat(staff.find("#nama").getAttribute("value")).isEqualTo("Calon Anggota Uji");
        staff.screenshots("pengguna-undangan-cari-kelompok");
    }

    /** Invites a member from the profile: the link is shown once. */
    private static void invite(String group, String name) {
        staff.open("/kelompok/" + group + "/profil");
        staff.type("#inviteName", name);
        staff.type("#invitePhone", "0812" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        staff.click("#invite");
        assertThat(staff.text("#invited")).contains(name);
    }

    private static String numbered(String name) {
        return name + " " + ThreadLocalRandom.current().nextInt(1000, 10_000);
    }

    private static String registerGroup(String name) throws Exception {
        ObjectNode body = StackClient.JSON.createObjectNode().put("name", name).put("programme", "OVOP")
                .put("kind", "COMMUNITY").put("villageCode", VILLAGE);
        HttpResponse<String> registered = client.send("catalog", "/api/groups", "POST", body.toString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return StackClient.JSON.readTree(registered.body()).path("id").asString();
    }
}
