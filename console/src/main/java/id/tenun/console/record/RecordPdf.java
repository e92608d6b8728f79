package id.tenun.console.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.tenun.console.services.OrderAnswers.ProductSales;

/**
 * A business record as one A4 page of PDF (PDFBox): the group's identity, its sales per month with their total,
 * per marketplace and its best products, how the figures are counted, when it was made, and a line for the mentor's
 * signature. Text is set in DejaVu Sans, a subset embedded, so every letter prints as typed on any printer.
 */
@Component
public class RecordPdf {

    private static final String FONTS = "/console/fonts/";
    private static final float MARGIN = 42;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 112;
    /** Column widths of the figures: the label, then the eight measures. */
    private static final float[] COLUMNS = {86, 40, 36, 66, 58, 66, 60, 49, 50};
    private static final float GREY = 0.42f;

    private final MessageSource messages;

    RecordPdf(MessageSource messages) {
        this.messages = messages;
    }

    /** The record's PDF, with labels in {@code locale}'s language. */
    public byte[] render(GroupRecord record, Locale locale) {
        RecordText text = new RecordText(messages, locale);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                new Page(out, regular, bold, text, PDRectangle.A4.getHeight() - MARGIN).draw(record);
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(text.label("title") + " — " + record.group().name());
            information.setCreator("Tenun");
            GregorianCalendar created = new GregorianCalendar();
            created.setTimeInMillis(record.generatedAt().toEpochMilli());
            information.setCreationDate(created);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the business record of " + record.group().id(), e);
        }
    }

    private static PDFont font(PDDocument document, String name) throws IOException {
        try (InputStream in = RecordPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("No font " + FONTS + name + " on the class path");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The page being drawn, top to bottom: {@code y} is the baseline of the next line. */
    private static final class Page {

        private final PDPageContentStream out;
        private final PDFont regular;
        private final PDFont bold;
        private final RecordText text;
        private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
        private float y;
        /** The height of a row of figures: less when a longer period needs more rows. */
        private float rowHeight = 11;

        Page(PDPageContentStream out, PDFont regular, PDFont bold, RecordText text, float top) {
            this.out = out;
            this.regular = regular;
            this.bold = bold;
            this.text = text;
            this.y = top;
        }

        void draw(GroupRecord record) throws IOException {
            rowHeight = record.figures().months().size() > 12 ? 10 : 11;
            write(MARGIN, text.label("heading"), bold, 8, GREY);
            y -= 19;
            write(MARGIN, record.group().name(), bold, 16, 0);
            y -= 13;
            write(MARGIN, text.period(record), regular, 9, GREY);
            y -= 8;
            rule(0.8f);
            y -= 13;
            field(text.label("programme"), record.group().programme());
            field(text.label("address"), text.address(record.group()));
            field(text.label("nib"), text.nib(record));
            field(text.label("certificates"), text.permits(record), 5);
            field(text.label("members", record.members().size()), text.people(record.members()));
            field(text.label("mentors"), text.people(record.mentors()));
            field(text.label("shops"), text.shops(record));
            field(text.label("contact"), text.contact(record.group()));

            heading(text.label("sales"));
            header("month");
            FigureRow.months(record, text).forEach(row -> figures(row, regular, false));
            figures(FigureRow.total(record, text), bold, true);

            heading(text.label("channels"));
            header("channel");
            FigureRow.channels(record, text).forEach(row -> figures(row, regular, false));

            heading(text.label("products"));
            products(record.figures().topProducts());

            y -= 6;
            long orders = record.figures().totals().orders();
            for (String note : List.of(text.label("note.amounts"),
                    text.label("note.fees", record.figures().totals().feesKnownOrders(), orders),
                    text.label("note.source"))) {
                for (String line : wrap(note, regular, 7, WIDTH)) {
                    write(MARGIN, line, regular, 7, GREY);
                    y -= 9;
                }
            }
            signature(record);
        }

        /** A label and its value, the value wrapped over at most three lines. */
        private void field(String label, String value) throws IOException {
            field(label, value, 3);
        }

        /** A label and its value, the value wrapped over at most {@code most} lines (an ellipsis if cut). */
        private void field(String label, String value, int most) throws IOException {
            write(MARGIN, label, bold, 9, GREY);
            List<String> lines = wrap(value == null ? "" : value, regular, 9, WIDTH - LABEL_WIDTH);
            for (int i = 0; i < Math.min(most, lines.size()); i++) {
                String line = i == most - 1 && lines.size() > most ? lines.get(i) + " …" : lines.get(i);
                write(MARGIN + LABEL_WIDTH, line, regular, 9, 0);
                y -= 12;
            }
            y -= 1.5f;
        }

        private void heading(String title) throws IOException {
            y -= 10;
            write(MARGIN, title, bold, 10.5f, 0);
            y -= 5;
            rule(0.6f);
            y -= 10;
        }

        /** The column headings of a figures table, wrapped over two lines, numbers right-aligned. */
        private void header(String first) throws IOException {
            write(MARGIN, text.label("col." + first), bold, 7.5f, GREY);
            float x = MARGIN + COLUMNS[0];
            for (int i = 0; i < FigureRow.HEADINGS.size(); i++) {
                x += COLUMNS[i + 1];
                List<String> lines = wrap(text.label("col." + FigureRow.HEADINGS.get(i)), bold, 7.5f,
                        COLUMNS[i + 1] - 4);
                for (int l = 0; l < Math.min(2, lines.size()); l++) {
                    writeRight(x, y - l * 9, lines.get(l), bold, 7.5f, GREY);
                }
            }
            y -= 13;
            rule(0.3f);
            y -= 9;
        }

        private void figures(FigureRow row, PDFont font, boolean total) {
            try {
                if (total) {
                    y += 3;
                    rule(0.6f);
                    y -= 9;
                }
                write(MARGIN, row.label(), font, 8, 0);
                float x = MARGIN + COLUMNS[0];
                List<Long> measures = row.measures();
                for (int i = 0; i < measures.size(); i++) {
                    x += COLUMNS[i + 1];
                    writeRight(x, y, text.amount(measures.get(i)), font, 8, 0);
                }
                y -= rowHeight;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void products(List<ProductSales> products) throws IOException {
            if (products.isEmpty()) {
                write(MARGIN, text.label("products.none"), regular, 8, GREY);
                y -= 11;
                return;
            }
            float units = MARGIN + WIDTH - COLUMNS[8] - COLUMNS[7];
            float net = MARGIN + WIDTH;
            write(MARGIN, text.label("col.product"), bold, 7.5f, GREY);
            writeRight(units, y, text.label("col.netUnits"), bold, 7.5f, GREY);
            writeRight(net, y, text.label("col.net"), bold, 7.5f, GREY);
            y -= 4;
            rule(0.3f);
            y -= 9;
            for (ProductSales product : products) {
                List<String> name = wrap(product.productName() == null ? product.productId() : product.productName(),
                        regular, 8, units - MARGIN - 60);
                write(MARGIN, name.size() > 1 ? name.get(0) + " …" : name.get(0), regular, 8, 0);
                writeRight(units, y, text.amount(product.units()), regular, 8, 0);
                writeRight(net, y, text.amount(product.netRupiah()), regular, 8, 0);
                y -= 11;
            }
        }

        /** Where and when it was made on the left; the mentor's signature on the right, on a line to sign on. */
        private void signature(GroupRecord record) throws IOException {
            float left = MARGIN + WIDTH - 190;
            y = Math.min(y - 14, MARGIN + 112);
            write(left, text.label("signature"), regular, 8.5f, 0);
            y -= 40;
            out.setStrokingColor(0f);
            out.setLineWidth(0.6f);
            out.moveTo(left, y);
            out.lineTo(MARGIN + WIDTH, y);
            out.stroke();
            y -= 10;
            String mentor = record.mentors().isEmpty() ? text.label("signature.name") : record.mentors().get(0).name();
            write(left, mentor, regular, 8.5f, 0);
            y -= 11;
            write(left, text.label("signature.date"), regular, 8.5f, GREY);
            write(MARGIN, text.generated(record), regular, 7.5f, GREY);
        }

        private void rule(float width) throws IOException {
            out.setStrokingColor(0.75f);
            out.setLineWidth(width);
            out.moveTo(MARGIN, y);
            out.lineTo(MARGIN + WIDTH, y);
            out.stroke();
        }

        private void write(float x, String words, PDFont font, float size, float grey) throws IOException {
            out.beginText();
            out.setNonStrokingColor(grey);
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(printable(words, font));
            out.endText();
        }

        private void writeRight(float right, float baseline, String words, PDFont font, float size, float grey)
                throws IOException {
            float saved = y;
            y = baseline;
            write(right - width(words, font, size), words, font, size, grey);
            y = saved;
        }

        private float width(String words, PDFont font, float size) throws IOException {
            return font.getStringWidth(printable(words, font)) / 1000 * size;
        }

        /** The words over lines no wider than {@code width} (a word wider than a line has one to itself). */
        private List<String> wrap(String words, PDFont font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : words.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text with any character the font cannot draw (an emoji in a name, say) as a question mark. */
        private String printable(String words, PDFont font) {
            StringBuilder kept = new StringBuilder(words.length());
            Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
            words.codePoints().forEach(c -> {
                boolean drawable = known.computeIfAbsent(c, code -> {
                    try {
                        font.encode(new String(Character.toChars(code)));
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
                kept.appendCodePoint(drawable ? c : '?');
            });
            return kept.toString();
        }
    }
}
