package id.tenun.console.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"081234567890", "+6281234567890", "6281234567890", " 0812-3456-7890 ",
            "+62 812 3456 7890", "(0812) 3456.7890"})
    void writesEveryIndonesianFormInE164(String written) {
        assertThat(PhoneNumber.parse(written).e164()).isEqualTo("+6281234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812345678", "+62812345678901"})
    void acceptsTheShortestAndLongestMobileNumbers(String written) {
        assertThat(PhoneNumber.parse(written).e164()).startsWith("+628");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"812345678", "0212345678", "+6521234567", "+1 812 345 6789", "081234567",
            "0812345678901234", "0812-abc-7890", "0812345678x", "++6281234567890"})
    void refusesWhatIsNotAnIndonesianMobileNumberWithAClearMessage(String written) {
        assertThatThrownBy(() -> PhoneNumber.parse(written))
                .isInstanceOf(InvalidPhoneNumber.class)
                .hasMessageContaining("is not an Indonesian mobile number: write it as 0812…, +62812… or 62812…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"081234567890", "6281234567890"})
    void refusesAStoredNumberThatIsNotE164(String stored) {
        assertThatThrownBy(() -> new PhoneNumber(stored)).isInstanceOf(InvalidPhoneNumber.class);
    }
}
