package id.tenun.catalog.product;

import java.time.LocalDate;

import id.tenun.events.product.ProductSnapshot.CertificationKind;

/** A permit or certificate of a product: PIRT, BPOM MD/ML, Halal, NIB, SNI. {@code expiresOn} null = no expiry. */
public record Certification(CertificationKind kind, String number, String issuer, LocalDate expiresOn) {

    public boolean validOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
