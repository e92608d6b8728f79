package id.tenun.console.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import id.tenun.console.services.CatalogAnswers.Certification;
import id.tenun.console.services.CatalogAnswers.Product;
import id.tenun.console.services.CatalogAnswers.Reason;
import id.tenun.console.web.Formats;

/**
 * Something a group should know or do, for Beranda: {@code kind} names the message ({@code notice.<kind>} in the
 * bundles, most urgent kinds first), {@code product}, {@code where} (a marketplace, or
 * a certificate's kind) and {@code detail} fill it in.
 */
public record Notice(String kind, String product, String where, String detail) {

    /** Stock at or below this is running out. */
    static final long LOW_STOCK = 3;
    /** Certificates expiring within this many days are announced. */
    static final int CERTIFICATE_NOTICE_DAYS = 60;

    /** What the group's products and their marketplace badges call for, most urgent first. */
    public static List<Notice> of(List<ProductRow> rows, LocalDate today, Locale locale) {
        List<Notice> urgent = new ArrayList<>();
        List<Notice> soon = new ArrayList<>();
        for (ProductRow row : rows) {
            Product product = row.product();
            if (product.archived()) {
                continue;
            }
            for (ChannelBadge badge : row.badges()) {
                if (badge.needsAttention()) {
                    urgent.add(new Notice(badge.state(), product.name(), badge.channel(),
                            Objects.requireNonNullElse(badge.reason(), "")));
                }
            }
            if (product.oversold() > 0) {
                urgent.add(new Notice("oversold", product.name(), null, Long.toString(product.oversold())));
            }
            if (!product.publishable()) {
                for (Reason reason : product.unpublishableReasons()) {
                    soon.add(new Notice("notPublishable", product.name(), null, reason.message().in(locale)));
                }
            }
            if (product.stock() == 0) {
                urgent.add(new Notice("outOfStock", product.name(), null, null));
            } else if (product.stock() <= LOW_STOCK) {
                soon.add(new Notice("lowStock", product.name(), null, Long.toString(product.stock())));
            }
            for (Certification certificate : product.certifications()) {
                LocalDate expires = certificate.expiresOn();
                if (expires == null) {
                    continue;
                }
                if (expires.isBefore(today)) {
                    urgent.add(new Notice("certificateExpired", product.name(), certificate.kind(),
                            Formats.date(expires, locale)));
                } else if (!expires.isAfter(today.plusDays(CERTIFICATE_NOTICE_DAYS))) {
                    soon.add(new Notice("certificateExpiring", product.name(), certificate.kind(),
                            Formats.date(expires, locale)));
                }
            }
        }
        urgent.addAll(soon);
        return urgent;
    }
}
