package id.tenun.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonUnitTests {

    enum Kind {
        HALAL, PIRT
    }

    record Body(String name, Long delta, int weight, Double ratio, BigDecimal amount, Boolean active, Kind kind,
            LocalDate expiresOn, List<String> ids, Map<String, String> attributes) {
    }

    private final JsonMapper json = strict();

    @Test
    void readsValuesOfTheirDeclaredTypes() {
        Body body = json.readValue("""
                {"name": "Tenun ikat", "delta": -3, "weight": 250, "ratio": 2, "amount": 12.5, "active": true,
                 "kind": "HALAL", "expiresOn": "2027-01-31", "ids": ["a"], "attributes": {"warna": "merah"}}
                """, Body.class);

        assertThat(body).isEqualTo(new Body("Tenun ikat", -3L, 250, 2.0, new BigDecimal("12.5"), true, Kind.HALAL,
                LocalDate.of(2027, 1, 31), List.of("a"), Map.of("warna", "merah")));
    }

    @Test
    void refusesAFloatForAnInteger() {
        assertRefused("{\"delta\": 1.5}", "delta");
        assertRefused("{\"weight\": 12.0}", "weight");
    }

    @Test
    void refusesANumberOrAFlagForAText() {
        assertRefused("{\"name\": 123}", "name");
        assertRefused("{\"name\": true}", "name");
        assertRefused("{\"ids\": [1]}", "ids");
        assertRefused("{\"attributes\": {\"warna\": 1}}", "attributes");
    }

    @Test
    void refusesATextForANumberOrAFlag() {
        assertRefused("{\"delta\": \"12\"}", "delta");
        assertRefused("{\"weight\": \"12\"}", "weight");
        assertRefused("{\"ratio\": \"1.5\"}", "ratio");
        assertRefused("{\"amount\": \"12.5\"}", "amount");
        assertRefused("{\"active\": \"true\"}", "active");
        assertRefused("{\"active\": 1}", "active");
    }

    @Test
    void refusesAnEnumByNumber() {
        assertRefused("{\"kind\": 0}", "kind");
    }

    private void assertRefused(String body, String field) {
        assertThatThrownBy(() -> json.readValue(body, Body.class)).isInstanceOf(JacksonException.class)
                .satisfies(e -> assertThat(((JacksonException) e).getPath().get(0).getPropertyName())
                        .isEqualTo(field));
    }

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonAutoConfiguration().strictJson().customize(builder);
        return builder.build();
    }
}
