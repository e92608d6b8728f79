package id.tenun.catalog.demo;

import static id.tenun.events.Programme.OCOP;
import static id.tenun.events.Programme.OSOP;
import static id.tenun.events.Programme.OVOP;
import static id.tenun.events.group.GroupSnapshot.GroupKind.BUMDES;
import static id.tenun.events.group.GroupSnapshot.GroupKind.CLASS;
import static id.tenun.events.group.GroupSnapshot.GroupKind.COMMUNITY;
import static id.tenun.events.group.GroupSnapshot.GroupKind.COOPERATIVE;
import static id.tenun.events.group.GroupSnapshot.GroupKind.SCHOOL;
import static id.tenun.events.group.GroupSnapshot.GroupKind.SLB;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.tenun.catalog.product.Certification;
import id.tenun.catalog.product.Dimensions;
import id.tenun.catalog.product.VariantInput;
import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot.GroupKind;
import id.tenun.events.product.ProductSnapshot.CertificationKind;

/**
 * The demo content, in one place: producer groups in real NTT villages (at least one in each of the 22 regencies and
 * cities, by Kemendagri code from {@code idn-area/}), each with its processed products as a group would enter them.
 * Certificate numbers and expiry dates are made at seeding time from the group's regency and the day, so that they
 * look real and stay in the future (or, on purpose, in the past).
 */
final class DemoCatalog {

    private DemoCatalog() {
    }

    /** A group to register, with the products it keeps. */
    record DemoGroup(String villageCode, Programme programme, GroupKind kind, String name, String contactName,
            String contactPhone, List<DemoProduct> products) {
    }

    /** A product to create; {@code draft} means no marketplace yet (stored, not for sale). */
    record DemoProduct(String name, String categoryCode, String description, String rawMaterial, long weightGrams,
            Dimensions dimensions, List<VariantInput> variants, List<DemoCertificate> certificates, boolean draft) {

        DemoProduct asDraft() {
            return new DemoProduct(name, categoryCode, description, rawMaterial, weightGrams, dimensions, variants,
                    certificates, true);
        }

        boolean expired() {
            return certificates.stream().anyMatch(c -> c.monthsValid() != null && c.monthsValid() < 0);
        }
    }

    /**
     * A certificate the product holds: its kind and how many months from today it is still valid (negative: expired
     * that long ago; null: it does not expire, as a Halal certificate or an NIB).
     */
    record DemoCertificate(CertificationKind kind, Integer monthsValid) {

        /**
         * The certificate with a number in the form its issuer uses, unique per product ({@code serial}) and bound
         * to the group's regency ({@code regencyCode} like {@code 53.07}).
         */
        Certification issue(String regencyCode, String regencyName, int serial, LocalDate today) {
            LocalDate expiresOn = monthsValid == null ? null : today.plusMonths(monthsValid);
            String regency = regencyCode.replace(".", "");
            int issued = today.minusMonths(14).getYear();
            return switch (kind) {
                case PIRT -> new Certification(kind,
                        String.format("P-IRT No. 2%s01%04d-%02d", regency, serial, expiresOn.getYear() % 100),
                        "Dinas Kesehatan " + regencyName, expiresOn);
                case HALAL -> new Certification(kind, String.format("ID%s%09d%02d", regency, 41_000 + serial,
                        issued % 100), "BPJPH Kementerian Agama RI", null);
                case BPOM_MD, BPOM_ML -> new Certification(kind,
                        String.format("BPOM RI MD 2%s1%06d", regency, 30_000 + serial), "Badan POM RI", expiresOn);
                case SNI -> new Certification(kind,
                        String.format("%03d/SPPT-SNI 3556:2016/LSPro-BBIA/%d", serial % 1000, issued),
                        "LSPro Balai Besar Industri Agro", expiresOn);
                case NIB -> new Certification(kind, String.format("912%s%06d", regency, 200_000 + serial),
                        "Lembaga OSS (Kementerian Investasi/BKPM)", null);
            };
        }
    }

    static List<DemoGroup> groups() {
        return List.of(
                // Kabupaten Kupang
                group("53.01.08.2010", OVOP, BUMDES, "BUMDes Garam Oebelo Kupang", "Bapak Yermias Nenobais",
                        "081339517204",
                        product("Garam Beryodium Kupang", "pangan.garam",
                                "Garam konsumsi dari tambak Oebelo: dijemur matahari, dicuci, dihaluskan dan diberi yodium.",
                                "air laut", 1050, box(25, 18, 5),
                                List.of(v("isi", "500 g", 9_000, 120), v("isi", "1 kg", 17_000, 200)), sni(48),
                                pirt(60),
                                halal()),
                        product("Garam Krosok Putih Kupang 1 kg", "pangan.garam",
                                "Garam kristal kasar yang sudah dicuci, untuk ikan asin, se'i dan masakan sehari-hari.",
                                "air laut", 1050, box(25, 18, 6), only(15_000, 150), sni(48), pirt(60), halal()),
                        product("Garam Rempah Se'i Kupang 100 g", "pangan.garam",
                                "Garam beryodium dengan lada, bawang putih dan daun kosambi untuk membuat se'i di rumah.",
                                "garam beryodium, rempah", 130, box(12, 8, 4), only(18_000, 60), sni(48), pirt(60),
                                halal())),
                group("53.01.05.2011", OCOP, COMMUNITY, "Kelompok Rumput Laut Tablolong", "Ibu Marice Manafe",
                        "085239481706",
                        product("Dodol Rumput Laut Tablolong 250 g", "pangan.camilan",
                                "Dodol lembut dari rumput laut Tablolong, gula lontar dan santan kelapa.",
                                "rumput laut Eucheuma cottonii", 280, box(18, 12, 4), only(25_000, 80), pirt(48),
                                halal()),
                        product("Stik Rumput Laut Renyah 150 g", "pangan.camilan",
                                "Stik renyah dari rumput laut dan tepung; sertifikat halal sedang diurus.",
                                "rumput laut, tepung terigu", 170, box(20, 12, 5), only(18_000, 40), pirt(48),
                                halal()).asDraft()),
                // Kabupaten Timor Tengah Selatan
                group("53.02.12.2004", OVOP, COMMUNITY, "Kelompok Madu Hutan Mollo Fatumnasi", "Bapak Yoksan Taneo",
                        "081246903318",
                        product("Madu Hutan Mollo Asli", "pangan.madu",
                                "Madu hutan dari pohon ampupu di kaki Gunung Mutis, dipanen lestari dan disaring dingin.",
                                "madu lebah hutan (Apis dorsata)", 850, box(9, 9, 20),
                                List.of(v("isi", "250 ml", 65_000, 40), v("isi", "500 ml", 120_000, 35)), pirt(48),
                                halal()),
                        product("Sabun Madu Hutan Mollo 100 g", "herbal.sabun-kosmetik",
                                "Sabun batang cold process dengan madu hutan Mollo dan minyak kelapa murni.",
                                "madu hutan, minyak kelapa", 120, box(9, 6, 4), only(25_000, 60), bpom(60), halal())),
                group("53.02.10.2006", OCOP, COMMUNITY, "Kelompok Tenun Adat Boti", "Mama Lodia Benu", "082147385920",
                        product("Kain Tenun Ikat Boti Pewarna Alam", "tekstil.tenun-ikat",
                                "Kain ikat motif Boti dari benang kapas pintal sendiri, diwarnai tarum dan akar mengkudu.",
                                "benang kapas pintal tangan", 900, box(40, 30, 5),
                                List.of(v("warna", "biru tarum", 1_500_000, 3),
                                        v("warna", "merah mengkudu", 1_650_000, 2))),
                        product("Selendang Tenun Buna Boti", "tekstil.sarung-selendang",
                                "Selendang buna (tenun sotis) dengan motif khas Timor.", "benang kapas", 300,
                                box(30, 20, 3), only(350_000, 8))),
                // Kabupaten Timor Tengah Utara
                group("53.03.08.2011", OVOP, COMMUNITY, "Kelompok Tenun Ikat Insana Sekon", "Mama Yuliana Taolin",
                        "085253019647",
                        product("Sarung Tenun Ikat Insana", "tekstil.sarung-selendang",
                                "Tais feto (sarung perempuan) motif Insana, ditenun satu sampai dua bulan.",
                                "benang kapas",
                                850, box(40, 30, 5),
                                List.of(v("warna", "merah hati", 1_100_000, 4), v("warna", "hitam", 950_000, 5)),
                                nib()),
                        product("Tas Selempang Tenun Insana", "tekstil.aksesori-tenun",
                                "Tas selempang berlapis kain tenun ikat Insana, dengan ritsleting dan tali kulit sintetis.",
                                "kain tenun ikat, kanvas", 350, box(30, 25, 6), only(275_000, 12), nib())),
                group("53.03.05.1004", OSOP, SCHOOL, "SMK Negeri 1 Kefamenanu", "Ibu Fransiska Lake", "081353720418",
                        product("Keripik Pisang Kepok Kefa 200 g", "pangan.camilan",
                                "Keripik pisang kepok renyah buatan siswa jurusan tata boga.", "pisang kepok", 220,
                                box(22, 15, 6),
                                List.of(v("rasa", "original", 16_000, 50), v("rasa", "manis pedas", 18_000, 40)),
                                pirt(48),
                                halal()),
                        product("Jagung Bose Instan Timor 500 g", "pangan.sorgum",
                                "Jagung bose (jagung pulut tumbuk) dengan kacang merah, tinggal dimasak dengan santan.",
                                "jagung pulut, kacang merah", 520, box(24, 16, 5), only(28_000, 35), pirt(48),
                                halal())),
                // Kabupaten Belu
                group("53.04.01.2002", OVOP, BUMDES, "BUMDes Kopi Fulur Lamaknen", "Bapak Agustinus Mali",
                        "081237650943",
                        product("Kopi Robusta Fulur Bubuk", "pangan.kopi",
                                "Robusta dari lereng Lamaknen pada 1.000 m, disangrai sedang dan digiling halus.",
                                "biji kopi robusta", 540, box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 65_000, 40), v("ukuran", "500 g", 120_000, 20)), pirt(60),
                                halal()),
                        product("Kopi Arabika Lamaknen Biji Sangrai", "pangan.kopi",
                                "Arabika petani Fulur, proses basah, sangrai medium; giling sendiri sesaat sebelum seduh.",
                                "biji kopi arabika", 540, box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 85_000, 25), v("ukuran", "500 g", 160_000, 10)), pirt(60),
                                halal())),
                group("53.04.12.1002", OCOP, COOPERATIVE, "Koperasi Tenun Tais Belu", "Ibu Maria Dominika Bere",
                        "085239770512",
                        product("Tais Feto Belu Tenun Ikat", "tekstil.sarung-selendang",
                                "Sarung perempuan Belu motif belah ketupat, benang kapas dan pewarna alam.",
                                "benang kapas", 900, box(40, 30, 5),
                                List.of(v("warna", "merah", 1_250_000, 4), v("warna", "hitam", 1_150_000, 3))),
                        product("Selendang Tenun Belu Motif Futus", "tekstil.sarung-selendang",
                                "Selendang ikat (futus) untuk acara adat dan hadiah.", "benang kapas", 280,
                                box(30, 20, 3), only(300_000, 10)),
                        product("Dompet Tenun Tais Belu", "tekstil.aksesori-tenun",
                                "Dompet lipat dari sisa kain tais, dilapisi kain katun di dalam.",
                                "kain tenun ikat, katun", 90, box(20, 11, 3), only(95_000, 25))),
                // Kabupaten Alor
                group("53.05.02.2012", OVOP, COMMUNITY, "Kelompok Tenun Ikat Ternate Alor", "Mama Siti Maro",
                        "081339664201",
                        product("Kain Tenun Ikat Alor Pewarna Alam", "tekstil.tenun-ikat",
                                "Kain ikat Pulau Ternate, diwarnai tarum, mengkudu dan kulit kayu dari hutan sekitar.",
                                "benang kapas, tarum, mengkudu", 850, box(40, 30, 5), only(1_350_000, 4)),
                        product("Selendang Tenun Ikat Alor", "tekstil.sarung-selendang",
                                "Selendang ikat Alor bermotif ikan dan perahu.", "benang kapas", 260, box(30, 20, 3),
                                List.of(v("warna", "biru", 325_000, 6), v("warna", "coklat", 325_000, 5)))),
                group("53.05.01.2012", OCOP, COOPERATIVE, "Koperasi Kenari Alor", "Bapak Abdul Rahman Lalang",
                        "082145930276",
                        product("Kenari Kupas Alor 250 g", "pangan.camilan",
                                "Kenari Alor pilihan, dikupas tangan dan disangrai tanpa minyak.",
                                "biji kenari (Canarium)", 270, box(18, 12, 5), only(75_000, 40), pirt(48), halal()),
                        product("Kue Kenari Alor 200 g", "pangan.camilan",
                                "Kue kering kenari resep mama-mama Kalabahi.", "kenari, tepung terigu, gula", 230,
                                box(18, 12, 6), only(45_000, 30), pirt(-2), halal()),
                        product("Minyak Kenari Alor 100 ml", "herbal.minyak",
                                "Minyak kenari peras dingin untuk kulit dan rambut; izin BPOM sedang diurus.",
                                "biji kenari", 180, box(6, 6, 15), only(85_000, 15)).asDraft()),
                // Kabupaten Flores Timur
                group("53.06.14.2005", OVOP, COMMUNITY, "Kelompok Tani Sorgum Flores Timur Likotuden",
                        "Mama Bernadete Hurint", "081246318850",
                        product("Beras Sorgum Flores Timur 1 kg", "pangan.sorgum",
                                "Sorgum lokal Likotuden yang disosoh bersih, pengganti beras yang kaya serat.",
                                "biji sorgum", 1030, box(25, 16, 6), only(30_000, 100), pirt(48), halal()),
                        product("Tepung Sorgum Bebas Gluten 500 g", "pangan.sorgum",
                                "Tepung sorgum halus untuk kue dan roti tanpa gluten.", "biji sorgum", 520,
                                box(22, 15, 5), only(25_000, 60), pirt(48), halal()),
                        product("Kue Kering Sorgum Kelor 200 g", "pangan.camilan",
                                "Kue kering dari tepung sorgum dan daun kelor; menunggu sertifikat halal.",
                                "tepung sorgum, daun kelor", 230, box(18, 12, 6), only(35_000, 20), pirt(48),
                                halal()).asDraft()),
                // Kabupaten Sikka
                group("53.07.04.2001", OVOP, COMMUNITY, "Kelompok Tenun Ikat Lepo Lorun", "Mama Yustina Nona",
                        "081339204517",
                        product("Sarung Tenun Ikat Sikka Pewarna Alam", "tekstil.sarung-selendang",
                                "Sarung ikat motif Sikka, benang dipintal tangan, diwarnai mengkudu dan tarum.",
                                "benang kapas pintal tangan, mengkudu, tarum", 900, box(40, 30, 6),
                                List.of(v("warna", "merah mengkudu", 1_850_000, 3),
                                        v("warna", "biru tarum", 1_650_000, 2))),
                        product("Kain Tenun Ikat Sikka Motif Okukirek", "tekstil.tenun-ikat",
                                "Kain ikat lebar motif okukirek, dikerjakan tiga bulan oleh satu penenun.",
                                "benang kapas pintal tangan", 1000, box(40, 30, 6), only(2_250_000, 2)),
                        product("Selendang Tenun Ikat Sikka", "tekstil.sarung-selendang",
                                "Selendang ikat pewarna alam, cocok untuk hadiah.", "benang kapas", 280, box(30, 20, 3),
                                List.of(v("warna", "coklat", 300_000, 8), v("warna", "hitam", 300_000, 6))),
                        product("Tas Tenun Ikat Sikka Kecil", "tekstil.aksesori-tenun",
                                "Tas tangan kecil dari potongan kain ikat Sikka.", "kain tenun ikat", 250,
                                box(26, 20, 6), only(185_000, 12))),
                group("53.07.05.1009", OSOP, SCHOOL, "SMK Negeri 1 Maumere", "Ibu Theresia Moa", "085338601492",
                        product("Abon Ikan Tuna Maumere 100 g", "pangan.camilan",
                                "Abon dari tuna segar pelelangan Alok, diolah siswa jurusan pengolahan hasil perikanan.",
                                "ikan tuna", 130, box(15, 10, 6),
                                List.of(v("rasa", "original", 38_000, 40), v("rasa", "pedas", 40_000, 30)), pirt(48),
                                halal()),
                        product("Kerupuk Ikan Tenggiri Sikka 250 g", "pangan.camilan",
                                "Kerupuk ikan tenggiri mentah, tinggal digoreng.", "ikan tenggiri, tapioka", 270,
                                box(22, 15, 5), only(22_000, 50), pirt(48), halal())),
                // Kabupaten Ende
                group("53.08.09.2006", OVOP, COMMUNITY, "Kelompok Tenun Ikat Nggela", "Mama Veronika Bhoko",
                        "081246775031",
                        product("Lawo Tenun Ikat Nggela Ende Lio", "tekstil.sarung-selendang",
                                "Lawo (sarung perempuan) Nggela dengan motif leluhur, pewarna alam.", "benang kapas",
                                900, box(40, 30, 5),
                                List.of(v("warna", "merah bata", 1_450_000, 3), v("warna", "coklat", 1_350_000, 3))),
                        product("Selendang Luka Semba Nggela", "tekstil.sarung-selendang",
                                "Luka semba, selendang laki-laki Lio untuk upacara adat.", "benang kapas", 350,
                                box(30, 20, 4), only(450_000, 6))),
                // Kabupaten Ngada
                group("53.09.06.2009", OVOP, BUMDES, "BUMDes Kopi Arabika Flores Bajawa", "Bapak Yohanes Bei",
                        "081337408265",
                        product("Kopi Arabika Flores Bajawa Biji Sangrai", "pangan.kopi",
                                "Arabika Flores Bajawa dari lereng Gunung Inerie, proses semi-washed, sangrai medium.",
                                "biji kopi arabika", 540, box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 95_000, 40), v("ukuran", "500 g", 180_000, 20)), pirt(60),
                                halal()),
                        product("Kopi Arabika Flores Bajawa Bubuk", "pangan.kopi",
                                "Arabika Bajawa giling sedang, untuk tubruk, V60 atau mesin.", "biji kopi arabika", 540,
                                box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 90_000, 50), v("ukuran", "500 g", 170_000, 20)), pirt(60),
                                halal()),
                        product("Kopi Arabika Bajawa Honey Process 250 g", "pangan.kopi",
                                "Lot kecil proses honey, manis dengan rasa gula aren dan jeruk.", "biji kopi arabika",
                                280, box(20, 12, 6), only(120_000, 15), pirt(60), halal())),
                group("53.09.06.1013", OSOP, CLASS, "Kelas XI Tata Boga SMK Negeri 1 Bajawa", "Ibu Kristina Wea",
                        "082339156028",
                        product("Kue Kering Kopi Bajawa 250 g", "pangan.camilan",
                                "Kue kering mentega dengan bubuk kopi arabika Bajawa.", "tepung terigu, kopi arabika",
                                280, box(18, 12, 7), only(40_000, 25), pirt(48), halal()),
                        product("Keripik Ubi Ungu Ngada 150 g", "pangan.camilan",
                                "Keripik ubi ungu kebun sekolah, digoreng tipis.", "ubi ungu", 170, box(22, 15, 6),
                                only(15_000, 40), pirt(48), halal())),
                // Kabupaten Manggarai
                group("53.10.03.2019", OCOP, COOPERATIVE, "Koperasi Kopi Manggarai", "Bapak Fransiskus Jehadu",
                        "081238890714",
                        product("Kopi Arabika Manggarai Juria Biji Sangrai", "pangan.kopi",
                                "Arabika varietas juria dari kebun anggota di sekitar Ruteng, sangrai medium.",
                                "biji kopi arabika", 540, box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 110_000, 30), v("ukuran", "500 g", 210_000, 12)), pirt(60),
                                halal()),
                        product("Kopi Robusta Manggarai Bubuk", "pangan.kopi",
                                "Robusta Manggarai sangrai gelap, kuat untuk kopi tubruk.", "biji kopi robusta", 540,
                                box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 70_000, 45), v("ukuran", "500 g", 130_000, 20)), pirt(60),
                                halal())),
                group("53.10.05.2004", OVOP, COMMUNITY, "Kelompok Tenun Songke Pongkor", "Mama Yasinta Jaang",
                        "085239604178",
                        product("Sarung Songke Manggarai Motif Jok", "tekstil.sarung-selendang",
                                "Songke dasar hitam dengan motif jok (rumah adat), ditenun dengan benang sungkit.",
                                "benang kapas, benang sungkit", 950, box(40, 30, 6), only(1_200_000, 4)),
                        product("Selendang Songke Pongkor", "tekstil.sarung-selendang",
                                "Selendang songke untuk tamu dan acara adat Manggarai.", "benang kapas", 250,
                                box(30, 20, 3), only(275_000, 10)),
                        product("Topi Songke Manggarai", "tekstil.aksesori-tenun",
                                "Topi dari kain songke, lingkar kepala 56–58 cm.", "kain songke", 120, box(25, 25, 12),
                                only(85_000, 15))),
                // Kabupaten Sumba Timur
                group("53.11.16.1002", OVOP, COMMUNITY, "Kelompok Tenun Ikat Sumba Prailiu", "Rambu Yuliana Hada",
                        "081339758462",
                        product("Hinggi Kombu Tenun Ikat Sumba Timur", "tekstil.tenun-ikat",
                                "Hinggi (kain pria) motif kuda dan udang, dicelup akar kombu dan tarum berkali-kali.",
                                "benang kapas, akar kombu, tarum", 1100, box(45, 32, 6), only(2_500_000, 2)),
                        product("Lau Pahudu Sarung Sumba Timur", "tekstil.sarung-selendang",
                                "Lau pahudu, sarung perempuan dengan motif timbul, ditenun empat bulan.",
                                "benang kapas", 950, box(40, 30, 6), only(1_750_000, 2)),
                        product("Selendang Tenun Ikat Sumba", "tekstil.sarung-selendang",
                                "Selendang ikat Sumba Timur, pewarna alam.", "benang kapas", 300, box(30, 20, 3),
                                List.of(v("warna", "merah kombu", 450_000, 5), v("warna", "biru tarum", 450_000, 4)))),
                group("53.11.07.1001", OCOP, COMMUNITY, "Kelompok Madu Hutan Sumba", "Bapak Umbu Tamu Ndapa",
                        "082237611405",
                        product("Madu Hutan Sumba Asli", "pangan.madu",
                                "Madu hutan dari padang dan hutan Sumba Timur, tanpa campuran, disaring dingin.",
                                "madu lebah hutan (Apis dorsata)", 850, box(9, 9, 20),
                                List.of(v("isi", "250 ml", 55_000, 50), v("isi", "500 ml", 110_000, 40)), pirt(48),
                                halal()),
                        product("Madu Hutan Sumba Sachet isi 10", "pangan.madu",
                                "Sepuluh sachet madu 15 g, praktis untuk bekal dan perjalanan.",
                                "madu lebah hutan", 190, box(15, 10, 4), only(35_000, 60), pirt(48), halal())),
                // Kabupaten Sumba Barat
                group("53.12.12.2006", OVOP, COMMUNITY, "Kelompok Tenun Lamboya", "Mama Lusia Kaka", "085237908311",
                        product("Kain Tenun Ikat Lamboya Sumba Barat", "tekstil.tenun-ikat",
                                "Kain ikat Lamboya bermotif mamuli dan ayam, pewarna alam.", "benang kapas", 900,
                                box(40, 30, 5), only(1_100_000, 3)),
                        product("Sarung Tenun Lamboya", "tekstil.sarung-selendang",
                                "Sarung tenun Sumba Barat untuk sehari-hari dan acara adat.", "benang kapas", 800,
                                box(40, 30, 5),
                                List.of(v("warna", "biru tua", 850_000, 4), v("warna", "merah", 850_000, 3)))),
                group("53.12.15.1002", OSOP, SLB, "SLB Negeri Waikabubak", "Ibu Agustina Bili", "081246559023",
                        product("Gelang Manik Sumba Buatan Siswa SLB", "kerajinan.perhiasan",
                                "Gelang manik-manik motif Sumba, dirangkai siswa SLB.", "manik kaca, tali nilon", 30,
                                box(10, 8, 3),
                                List.of(v("warna", "merah kuning", 35_000, 30), v("warna", "biru putih", 35_000, 25))),
                        product("Tempat Tisu Anyaman Pandan", "kerajinan.anyaman",
                                "Tempat tisu dari anyaman daun pandan, dikerjakan di kelas keterampilan.",
                                "daun pandan", 200, box(26, 14, 10), only(65_000, 20))),
                // Kabupaten Lembata
                group("53.13.03.2001", OVOP, COMMUNITY, "Kelompok Tenun Ikat Ile Ape Kolipadan",
                        "Mama Elisabeth Tuto", "081339287406",
                        product("Kewatek Sarung Tenun Ikat Lembata", "tekstil.sarung-selendang",
                                "Kewatek (sarung perempuan) Ile Ape, salah satu belis adat Lembata.", "benang kapas",
                                950, box(40, 30, 6), only(1_300_000, 3)),
                        product("Selendang Tenun Ile Ape", "tekstil.sarung-selendang",
                                "Selendang ikat Ile Ape, pewarna alam.", "benang kapas", 260, box(30, 20, 3),
                                only(325_000, 8))),
                group("53.13.05.1001", OCOP, COOPERATIVE, "Koperasi Mete Lembata", "Bapak Hendrikus Ola",
                        "085253917740",
                        product("Kacang Mete Sangrai Lembata 250 g", "pangan.camilan",
                                "Mete Lembata utuh, dikupas dan disangrai tanpa minyak.", "biji jambu mete", 270,
                                box(18, 12, 6),
                                List.of(v("rasa", "original", 70_000, 40), v("rasa", "bawang", 72_000, 30)), pirt(48),
                                halal()),
                        product("Jagung Titi Lembata 250 g", "pangan.sorgum",
                                "Jagung titi: jagung lokal disangrai lalu dipipihkan dengan batu, renyah.",
                                "jagung lokal", 270, box(22, 15, 6), only(30_000, 50), pirt(48), halal())),
                // Kabupaten Rote Ndao
                group("53.14.02.2012", OVOP, BUMDES, "BUMDes Gula Lontar Ingguinak Rote", "Bapak Yusuf Mooy",
                        "082146570381",
                        product("Gula Air Lontar Rote 600 ml", "pangan.minuman",
                                "Gula air dari nira lontar yang dimasak perlahan di atas tungku.", "nira lontar", 800,
                                box(8, 8, 25), only(40_000, 60), pirt(48), halal()),
                        product("Gula Lempeng Lontar Rote 500 g", "pangan.camilan",
                                "Gula lempeng nira lontar, untuk kue dan teman minum kopi.", "nira lontar", 530,
                                box(20, 14, 5), only(35_000, 40), pirt(48), halal()),
                        product("Topi Ti'i Langga Anyaman Lontar", "kerajinan.anyaman",
                                "Topi adat Rote dari daun lontar, dengan tanduk khas ti'i langga.", "daun lontar", 250,
                                box(40, 40, 35), only(250_000, 8))),
                // Kabupaten Manggarai Barat
                group("53.15.10.2001", OCOP, COMMUNITY, "Kelompok Madu dan Kopi Mbeliling", "Bapak Kornelis Jemadu",
                        "081237745206",
                        product("Madu Hutan Mbeliling 500 ml", "pangan.madu",
                                "Madu hutan Mbeliling, dipanen bersama warga penjaga hutan.", "madu lebah hutan", 850,
                                box(9, 9, 20), only(130_000, 30), pirt(48), halal()),
                        product("Kopi Arabika Mbeliling Bubuk", "pangan.kopi",
                                "Arabika dataran tinggi Mbeliling, dekat Labuan Bajo, giling sedang.",
                                "biji kopi arabika", 540, box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 75_000, 30), v("ukuran", "500 g", 140_000, 15)), pirt(60),
                                halal())),
                // Kabupaten Nagekeo
                group("53.16.01.2012", OVOP, BUMDES, "BUMDes Garam Marapokot Mbay", "Bapak Ahmad Siko",
                        "085239138406",
                        product("Garam Beryodium Mbay Nagekeo 1 kg", "pangan.garam",
                                "Garam tambak Marapokot yang dicuci dan diberi yodium.", "air laut", 1050,
                                box(25, 18, 5), only(16_000, 150), sni(48), pirt(60), halal()),
                        product("Garam Halus Meja Mbay 250 g", "pangan.garam",
                                "Garam halus beryodium dalam botol tabur.", "air laut", 300, box(8, 8, 14),
                                only(8_000, 80), sni(48), pirt(60), halal())),
                // Kabupaten Sumba Tengah
                group("53.17.01.2023", OCOP, COMMUNITY, "Kelompok Anyaman dan Tenun Anakalang",
                        "Mama Margaretha Ndapa", "081338905127",
                        product("Tas Anyaman Pandan Sumba Tengah", "kerajinan.anyaman",
                                "Tas jinjing dari anyaman pandan berpewarna alam.", "daun pandan", 300, box(35, 30, 10),
                                only(175_000, 10)),
                        product("Kain Tenun Ikat Anakalang", "tekstil.tenun-ikat",
                                "Kain ikat Anakalang dengan motif mamuli.", "benang kapas", 900, box(40, 30, 5),
                                only(1_200_000, 3)),
                        product("Tikar Anyaman Pandan 90 x 180 cm", "kerajinan.anyaman",
                                "Tikar pandan lipat untuk duduk dan tidur.", "daun pandan", 1200, box(45, 30, 12),
                                only(150_000, 6))),
                // Kabupaten Sumba Barat Daya
                group("53.18.04.2001", OCOP, COOPERATIVE, "Koperasi Kopi Wewewa", "Bapak Lukas Malo", "082339476120",
                        product("Kopi Robusta Sumba Wewewa Bubuk", "pangan.kopi",
                                "Robusta Wewewa sangrai sedang, giling halus untuk kopi tubruk.", "biji kopi robusta",
                                540, box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 65_000, 40), v("ukuran", "500 g", 120_000, 20)), pirt(60),
                                halal()),
                        product("Kopi Robusta Sumba Wewewa Biji Sangrai 250 g", "pangan.kopi",
                                "Biji robusta sangrai untuk digiling sendiri.", "biji kopi robusta", 280,
                                box(20, 12, 6), only(68_000, 25), pirt(60), halal())),
                // Kabupaten Manggarai Timur
                group("53.19.08.2016", OVOP, COMMUNITY, "Kelompok Tani Kopi Colol", "Bapak Stefanus Pambur",
                        "081353208617",
                        product("Kopi Arabika Colol Biji Sangrai", "pangan.kopi",
                                "Arabika Colol dari kebun 1.200 m, petik merah, proses basah, sangrai medium.",
                                "biji kopi arabika", 540, box(20, 12, 7),
                                List.of(v("ukuran", "250 g", 100_000, 30), v("ukuran", "500 g", 190_000, 12)), pirt(60),
                                halal()),
                        product("Kopi Robusta Colol Bubuk 250 g", "pangan.kopi",
                                "Robusta Colol giling halus; izin PIRT perlu diperpanjang.", "biji kopi robusta", 280,
                                box(20, 12, 6), only(70_000, 20), pirt(-3), halal())),
                // Kabupaten Sabu Raijua
                group("53.20.01.2003", OVOP, COMMUNITY, "Kelompok Gula Sabu Raeloro", "Ibu Yuliana Dara Ludji",
                        "085237106423",
                        product("Gula Sabu Cair 600 ml", "pangan.minuman",
                                "Gula Sabu (gula air lontar) untuk minuman, bubur dan kue.", "nira lontar", 800,
                                box(8, 8, 25), only(45_000, 50), pirt(48), halal()),
                        product("Sarung Tenun Ikat Sabu", "tekstil.sarung-selendang",
                                "Sarung ikat Hawu bermotif kembang, dari kelompok penenun Raeloro.", "benang kapas",
                                850, box(40, 30, 5), only(950_000, 4))),
                // Kabupaten Malaka
                group("53.21.01.2005", OVOP, COMMUNITY, "Kelompok Tenun Tais Malaka Kamanasa",
                        "Mama Wilhelmina Seran", "081237290655",
                        product("Tais Mane Malaka", "tekstil.sarung-selendang",
                                "Tais mane (kain laki-laki) Malaka bergaris dan berikat.", "benang kapas", 900,
                                box(40, 30, 5), only(900_000, 4)),
                        product("Selendang Tenun Malaka", "tekstil.sarung-selendang",
                                "Selendang tenun Malaka untuk tamu dan hadiah.", "benang kapas", 250, box(30, 20, 3),
                                only(250_000, 10)),
                        product("Teh Daun Kelor Malaka 50 g", "pangan.kelor",
                                "Daun kelor kering dari kebun kelompok, seduh seperti teh.", "daun kelor", 80,
                                box(15, 10, 5), only(40_000, 40), pirt(36), halal())),
                // Kota Kupang
                group("53.71.04.1010", OCOP, COMMUNITY, "Kelompok Kelor Kupang", "Ibu Debora Fanggidae",
                        "081339820176",
                        product("Teh Daun Kelor Kupang", "pangan.kelor",
                                "Daun kelor muda dikeringkan tanpa sinar matahari langsung; seduh dua menit.",
                                "daun kelor", 80, box(15, 10, 5),
                                List.of(v("kemasan", "20 kantong celup", 45_000, 60),
                                        v("kemasan", "daun kering 50 g", 38_000, 40)),
                                pirt(36), halal()),
                        product("Serbuk Daun Kelor 100 g", "pangan.kelor",
                                "Serbuk kelor halus untuk jus, bubur bayi dan kue.", "daun kelor", 120, box(15, 10, 5),
                                only(55_000, 50), pirt(36), halal()),
                        product("Sabun Kelor Alami 100 g", "herbal.sabun-kosmetik",
                                "Sabun batang dengan serbuk kelor dan minyak kelapa murni.",
                                "daun kelor, minyak kelapa",
                                120, box(9, 6, 4), only(28_000, 40), bpom(60), halal()),
                        product("Kue Kering Kelor 200 g", "pangan.camilan", "Kue kering renyah dengan daun kelor.",
                                "tepung terigu, daun kelor", 230, box(18, 12, 6), only(35_000, 30), pirt(36), halal())),
                group("53.71.02.1003", OSOP, SLB, "SLB Negeri Pembina Kupang", "Ibu Naomi Ndun", "085253388704",
                        product("Dompet Tenun Ikat Kupang Buatan Siswa SLB", "tekstil.aksesori-tenun",
                                "Dompet kecil dari kain ikat Timor, dijahit siswa SLB.", "kain tenun ikat, katun", 80,
                                box(18, 11, 3), only(75_000, 20)),
                        product("Okomama Tempat Sirih Anyaman Lontar", "kerajinan.anyaman",
                                "Okomama, tempat sirih pinang khas Timor dari anyaman lontar.", "daun lontar", 150,
                                box(18, 12, 10), only(85_000, 15))),
                group("53.71.05.1004", OSOP, CLASS, "Kelas XI Tata Boga SMK Negeri 3 Kupang", "Ibu Yohana Sinlae",
                        "082145886013",
                        product("Kue Rambut Kupang 200 g", "pangan.camilan",
                                "Kue rambut tradisional Timor dari tepung beras dan gula lontar.",
                                "tepung beras, gula lontar", 230, box(20, 14, 8), only(25_000, 30), pirt(48), halal()),
                        product("Kue Akar Kelapa 250 g", "pangan.camilan",
                                "Akar kelapa renyah, camilan Natal dan hari raya di Kupang.", "tepung beras, kelapa",
                                280, box(20, 14, 8), only(30_000, 30), pirt(48), halal())));
    }

    private static DemoGroup group(String villageCode, Programme programme, GroupKind kind, String name,
            String contactName, String contactPhone, DemoProduct... products) {
        return new DemoGroup(villageCode, programme, kind, name, contactName, contactPhone, List.of(products));
    }

    private static DemoProduct product(String name, String categoryCode, String description, String rawMaterial,
            long weightGrams, Dimensions dimensions, List<VariantInput> variants, DemoCertificate... certificates) {
        return new DemoProduct(name, categoryCode, description, rawMaterial, weightGrams, dimensions, variants,
                List.of(certificates), false);
    }

    private static Dimensions box(int lengthCm, int widthCm, int heightCm) {
        return new Dimensions(lengthCm, widthCm, heightCm);
    }

    private static VariantInput v(String attribute, String value, long priceRupiah, long stock) {
        return new VariantInput(null, Map.of(attribute, value), priceRupiah, stock);
    }

    private static List<VariantInput> only(long priceRupiah, long stock) {
        return List.of(new VariantInput(null, Map.of(), priceRupiah, stock));
    }

    /** PIRT, valid for that many months (5 years when new; negative: expired). */
    private static DemoCertificate pirt(int monthsValid) {
        return new DemoCertificate(CertificationKind.PIRT, monthsValid);
    }

    private static DemoCertificate halal() {
        return new DemoCertificate(CertificationKind.HALAL, null);
    }

    private static DemoCertificate bpom(int monthsValid) {
        return new DemoCertificate(CertificationKind.BPOM_MD, monthsValid);
    }

    /** SPPT-SNI 3556 (iodised consumption salt). */
    private static DemoCertificate sni(int monthsValid) {
        return new DemoCertificate(CertificationKind.SNI, monthsValid);
    }

    private static DemoCertificate nib() {
        return new DemoCertificate(CertificationKind.NIB, null);
    }
}
