package id.tenun.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.tenun.events.product.ProductSnapshot.CertificationKind;

class PublishabilityUnitTests {

    static final LocalDate EXPIRY = LocalDate.of(2031, 3, 11);
    static final Certification PIRT = new Certification(CertificationKind.PIRT, "2065310010123-27", "Dinkes", EXPIRY);
    static final Certification NIB = new Certification(CertificationKind.NIB, "9120301234567", "OSS", null);

    @Test
    void keepsACertificateValidThroughItsExpiryDay() {
        assertThat(PIRT.validOn(EXPIRY)).isTrue();
        assertThat(PIRT.validOn(EXPIRY.plusDays(1))).isFalse();
        assertThat(NIB.validOn(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    void findsACertificateThatExpiredSinceTheProductWasWritten() {
        assertThat(Publishability.expiredSince(List.of(PIRT, NIB), EXPIRY, EXPIRY.plusDays(1))).containsExactly(PIRT);
        assertThat(Publishability.expiredSince(List.of(PIRT, NIB), EXPIRY.minusDays(30), EXPIRY.plusDays(2)))
                .containsExactly(PIRT);
    }

    @Test
    void findsNothingWhenTheLastWriteAlreadyKnewOrTheDayHasNotCome() {
        assertThat(Publishability.expiredSince(List.of(PIRT), EXPIRY.plusDays(1), EXPIRY.plusDays(5))).isEmpty();
        assertThat(Publishability.expiredSince(List.of(PIRT), EXPIRY.minusDays(1), EXPIRY)).isEmpty();
        assertThat(Publishability.expiredSince(List.of(NIB), EXPIRY, EXPIRY.plusYears(50))).isEmpty();
    }
}
