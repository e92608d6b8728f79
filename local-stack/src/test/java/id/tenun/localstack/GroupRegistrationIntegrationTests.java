package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programme staff in headless Chromium against the whole stack: register a group through the area picker (a village
 * found by name as one types, and the same without the script's help), find it in the list, assign the demo mentor,
 * invite a member, whose link a second browser opens to set a password and sign in on the new group's Beranda; the
 * mentor finds the group on Kelompok saya. Screenshots of each new page at 360 px and 1280 px go to
 * {@code console/target/screenshots/}, and each page's first load stays under 150 KB.
 */
@ExtendWith(SharedStack.class)
class GroupRegistrationIntegrationTests {

    private static final String MENTOR = "Pendamping Maria Goreti";
    /** Ratogesa, a village of Kecamatan Golewa in Kabupaten Ngada. */
    private static final String RATOGESA = "53.09.02.2010";

    @TempDir
    static Path profile;

    private static LocalStack stack;
    private static ConsoleBrowser staff;

    @BeforeAll
    static void start(LocalStack shared) {
        stack = shared;
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
    void registersAGroupInAVillageFoundByNameAndBringsInItsMentorAndAMember() throws Exception {
        String name = "Kelompok Tenun Uji Ratogesa " + ThreadLocalRandom.current().nextInt(1000, 10_000);
        staff.open("/kelompok");
        assertThat(staff.text("h1")).isEqualTo("Kelompok");
        staff.weigh("kelompok");
        staff.screenshots("kelompok");

        staff.click("#register-group");
        staff.weigh("kelompok-baru");
        staff.type("#name", name);
        staff.select("#programme", "OVOP");
        staff.select("#kind", "COMMUNITY");
        staff.type("#areaQuery", "ratoge");
        // as one types (htmx): the villages come without a page load
        staff.textOnceShown("label[for='pick-" + RATOGESA + "']");
        staff.screenshots("kelompok-baru-cari-desa");
        staff.click("label[for='pick-" + RATOGESA + "']");
        assertThat(staff.textOnceShown("#area-chosen")).isEqualTo(
                "Dipilih: Desa Ratogesa, Kec. Golewa, Kabupaten Ngada, Nusa Tenggara Timur");
        assertThat(staff.find("#villageCode").getAttribute("value")).isEqualTo(RATOGESA);
        assertThat(staff.find("#name").getAttribute("value")).isEqualTo(name);
        staff.screenshots("kelompok-baru");
        staff.click("#register");

        assertThat(staff.textOnceShown("#registered")).startsWith("Kelompok " + name + " sudah terdaftar.");
        String group = staff.path().replaceFirst("^/kelompok/([^/]+)/profil.*$", "$1");
        assertThat(staff.text("#details")).contains(name, "OVOP", "Ratogesa", "Golewa", "Kabupaten Ngada");

        staff.open("/kelompok?q=" + name.substring(name.length() - 12));
        assertThat(staff.text("#groups")).contains(name, "Ratogesa");
        staff.click("tr[data-group='" + group + "'] td a");
        assertThat(staff.text("h1")).isEqualTo("Beranda");
        assertThat(staff.text("nav.top a.here")).isEqualTo("Kelompok");
        staff.screenshots("kelompok-beranda-staf");

        staff.open("/kelompok/" + group + "/profil?pendamping=Goreti");
        staff.click("label[for='" + mentorChoice(MENTOR) + "']");
        staff.click("#assign");
        assertThat(staff.text("#mentor-changed")).isEqualTo(MENTOR + " sekarang mendampingi kelompok ini.");
        assertThat(staff.text("#mentors")).contains(MENTOR);
        try {
            String phone = "0812" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
            staff.type("#inviteName", "Anggota Uji Ratogesa");
            staff.click("#invite");
            assertThat(staff.text("#problem-invitePhone")).isEqualTo("Tulis nomor HP atau email.");
            assertThat(staff.find("#inviteName").getAttribute("value")).isEqualTo("Anggota Uji Ratogesa");
            staff.type("#invitePhone", phone);
            staff.click("#invite");
            assertThat(staff.text("#invited")).contains("Anggota Uji Ratogesa", "WhatsApp", "sekali");
            String link = staff.find("#invitation-link").getAttribute("value");
            assertThat(staff.find("#send-whatsapp").getDomAttribute("href"))
                    .startsWith("https://wa.me/62" + phone.substring(1) + "?text=Halo%20Anggota%20Uji%20Ratogesa")
                    .contains(link.substring(link.lastIndexOf('/') + 1));
            assertThat(staff.find("#send-sms").getDomAttribute("href")).startsWith("sms:+62" + phone.substring(1));
            staff.weigh("profil-staf");
            staff.screenshots("profil-staf");
            staff.open("/kelompok/" + group + "/profil");
            assertThat(staff.all("#invited")).as("the link is shown once").isEmpty();

            try (ConsoleBrowser member = new ConsoleBrowser(stack.urls().get("console"),
                    profile.resolve("member"))) {
                member.open(link.substring(link.indexOf("/invitations/")));
                member.type("#password", "tenun-ratogesa-1");
                member.type("#repeated", "tenun-ratogesa-1");
                member.click("button[type=submit]");
                assertThat(member.path()).startsWith("/login?welcome");
                member.signIn(phone, "tenun-ratogesa-1");
                assertThat(member.text("h1")).isEqualTo("Beranda");
                assertThat(member.text("header")).contains(name);
            }
            try (ConsoleBrowser mentor = new ConsoleBrowser(stack.urls().get("console"),
                    profile.resolve("mentor"))) {
                mentor.signInAs(stack, "MENTOR");
                assertThat(mentor.text(".card[data-group='" + group + "']")).contains(name, "Ratogesa");
                mentor.click(".card[data-group='" + group + "'] a");
                assertThat(mentor.text("#my-groups")).contains("Kelompok saya");
            }
        } finally {
            // the demo mentor's groups are the shared stack's: others count them
            staff.open("/kelompok/" + group + "/profil");
            staff.click("#mentors li[data-user] form button");
            assertThat(staff.text("#mentor-changed")).isEqualTo(MENTOR + " tidak lagi mendampingi kelompok ini.");
        }
    }

    /** Without JavaScript, each choice sends the form back with the next list, keeping what was typed. */
    @Test
    void findsTheVillageWithoutJavaScriptAndShowsEachMistakeNextToItsField() throws Exception {
        try (ConsoleBrowser plain = ConsoleBrowser.withoutJavaScript(stack.urls().get("console"),
                profile.resolve("plain"))) {
            plain.signInAs(stack, "STAFF");
            plain.open("/kelompok/baru");
            plain.type("#contactName", "Mama Regina");
            plain.click("#register");
            assertThat(plain.text("#problem-name")).isEqualTo("Isi nama kelompok, paling panjang 100 huruf.");
            assertThat(plain.text("#problem-programme")).isEqualTo("Pilih programnya: OVOP, OCOP atau OSOP.");
            assertThat(plain.text("#problem-area")).startsWith("Pilih desa kelompok");
            assertThat(plain.find("#contactName").getAttribute("value")).isEqualTo("Mama Regina");
            plain.screenshots("kelompok-baru-salah-isi");

            plain.select("#provinceCode", "53");
            plain.click("#area-show");
            plain.select("#regencyCode", "53.09");
            plain.click("#area-show");
            plain.type("#areaQuery", "wolomeze");
            plain.click("#area-search");
            assertThat(plain.all("#area-found li")).hasSize(3);
            plain.click("label[for='pick-53.09.14.2003']");
            plain.click("#area-show");
            assertThat(plain.text("#area-chosen")).startsWith("Dipilih: Desa Wolomeze, Kec. ");
            assertThat(plain.find("#districtCode").getAttribute("value")).isEqualTo("53.09.14");
            plain.screenshots("kelompok-baru-tanpa-skrip");

            plain.type("#name", "SMP Negeri Uji Wolomeze");
            plain.select("#programme", "OVOP");
            plain.select("#kind", "SCHOOL");
            plain.click("#register");
            assertThat(plain.text("#problem-kind")).contains("OSOP");
            assertThat(plain.find("#villageCode").getAttribute("value")).isEqualTo("53.09.14.2003");
            assertThat(plain.find("#contactName").getAttribute("value")).isEqualTo("Mama Regina");
        }
    }

    @Test
    void answersTheProgrammesPagesAsNotFoundToAMember() {
        try (ConsoleBrowser member = new ConsoleBrowser(stack.urls().get("console"), profile.resolve("outsider"))) {
            member.signInAs(stack, "GROUP_MEMBER");
            member.open("/kelompok");
            assertThat(member.text("h1")).isEqualTo("Tidak ditemukan");
            member.open("/kelompok/baru");
            assertThat(member.text("h1")).isEqualTo("Tidak ditemukan");
        }
    }

    @Test
    void switchesTheProgrammesPagesToEnglishAndBack() {
        try {
            staff.open("/kelompok?lang=en");
            assertThat(staff.text("h1")).isEqualTo("Groups");
            assertThat(staff.text("#filters")).contains("Search by group name", "Regency/city", "Programme");
            staff.open("/kelompok/baru?lang=en");
            assertThat(staff.text("h1")).isEqualTo("Register a group");
            assertThat(staff.text("#area-picker")).contains("Search a village by name", "Province");
            staff.screenshots("kelompok-baru-en");
        } finally {
            staff.open("/kelompok?lang=id");
        }
        assertThat(staff.text("h1")).isEqualTo("Kelompok");
    }

    /** The id of the mentor's choice among those the profile offers. */
    private static String mentorChoice(String startingWith) {
        return staff.all("#mentor-choices label").stream().filter(label -> label.getText().startsWith(startingWith))
                .map(label -> label.getDomAttribute("for")).findFirst().orElseThrow();
    }
}
