package id.tenun.marketplaces.lazada;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LazadaSignerUnitTests {

    static final String VECTOR = "4190D32361CFB9581350222F345CB77F3B19F0E31D162316848A2C1FFD5FAB4A";

    static Map<String, String> docParameters() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("app_key", "123456");
        parameters.put("access_token", "test");
        parameters.put("timestamp", "1517820392000");
        parameters.put("sign_method", "sha256");
        parameters.put("order_id", "1234");
        return parameters;
    }

    @Test
    void reproducesTheOfficialDocVector() {
        assertThat(LazadaSigner.sign("helloworld", "/order/get", docParameters())).isEqualTo(VECTOR);
    }

    @Test
    void sortsParametersByNameAfterTheApiPath() {
        assertThat(LazadaSigner.stringToSign("/order/get", docParameters()))
                .isEqualTo(
                        "/order/getaccess_tokentestapp_key123456order_id1234sign_methodsha256timestamp1517820392000");
    }

    @Test
    void ignoresSignAndEmptyValues() {
        Map<String, String> parameters = docParameters();
        parameters.put("sign", "ABC");
        parameters.put("empty", "");

        assertThat(LazadaSigner.sign("helloworld", "/order/get", parameters)).isEqualTo(VECTOR);
    }

    @Test
    void doesNotMatchTheVectorWithATamperedParameterPathOrSecret() {
        Map<String, String> tampered = docParameters();
        tampered.put("order_id", "1235");

        assertThat(LazadaSigner.sign("helloworld", "/order/get", tampered)).isNotEqualTo(VECTOR);
        assertThat(LazadaSigner.sign("helloworld", "/rest/order/get", docParameters())).isNotEqualTo(VECTOR);
        assertThat(LazadaSigner.sign("helloWorld", "/order/get", docParameters())).isNotEqualTo(VECTOR);
    }

    @Test
    void answersUppercaseHex() {
        assertThat(LazadaSigner.sign("helloworld", "/order/get", docParameters())).matches("[0-9A-F]{64}");
    }
}
