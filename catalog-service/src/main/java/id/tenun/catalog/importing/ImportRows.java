package id.tenun.catalog.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import id.tenun.catalog.csv.CsvLine;
import id.tenun.support.problems.InvalidInput;

/** Reads an uploaded CSV or XLSX (first sheet) into rows of text cells; the first row is the header. */
final class ImportRows {

    static final List<String> COLUMNS = List.of("groupId", "groupName", "villageCode", "name", "description",
            "categoryCode", "channels", "processed", "rawMaterial", "weightGrams", "lengthCm", "widthCm", "heightCm",
            "imageUrls", "minimumOrder", "attributes", "priceRupiah", "stock", "certificationKind",
            "certificationNumber", "certificationIssuer", "certificationExpiresOn");

    private ImportRows() {
    }

    static List<String[]> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        if (name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        if (name.endsWith(".csv") || name.isEmpty()) {
            return csv(new String(content, StandardCharsets.UTF_8));
        }
        throw InvalidInput.of("file", "Unggah berkas .csv atau .xlsx.", "Upload a .csv or .xlsx file.");
    }

    static List<String[]> csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            rows.add(CsvLine.fields(line));
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).length == 1 && rows.get(rows.size() - 1)[0].isBlank()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static List<String[]> xlsx(byte[] content) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            List<String[]> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                int width = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
                String[] cells = new String[width];
                for (int c = 0; c < width; c++) {
                    cells[c] = row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of("file", "Berkas XLSX tidak bisa dibaca.", "The XLSX file cannot be read.");
        }
    }

    static String template() {
        return String.join(",", COLUMNS) + "\n"
                + ",Kelompok Tenun Ikat Du'a Sikka,53.07.03.2005,Sarung Tenun Ikat Sikka Pewarna Alam,"
                + "\"Ditenun tangan, pewarna mengkudu dan tarum\",tekstil.tenun-ikat,shopee;tokopedia,true,"
                + "benang kapas,800,35,25,5,https://img.tenun.id/sarung-utan.jpg,1,warna=merah mengkudu,1250000,3,"
                + "NIB,9120301234567,OSS,\n"
                + ",Kelompok Kopi Colol,53.19.01.2001,Kopi Arabika Colol 250 g,Kopi arabika Manggarai Timur,"
                + "pangan.kopi,shopee;tokopedia;lazada,true,kopi arabika,270,15,10,5,"
                + "https://img.tenun.id/kopi-colol.jpg,1,giling=biji,85000,20,"
                + "PIRT;HALAL,2065319010123-27;ID53190004123,"
                + "Dinas Kesehatan Kabupaten Manggarai Timur;BPJPH Kementerian Agama RI,2029-12-31;\n";
    }
}
