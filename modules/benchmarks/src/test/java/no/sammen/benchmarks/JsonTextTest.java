package no.sammen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void writesObjectsAndArraysThatParseBack() {
        String document = JsonText.object()
                .put("pain", 3)
                .putDecimal("sleepHours", "7.5")
                .put("seizures", false)
                .put("notes", "Sa \"hei\"\\ og\nlo\t\u0001")
                .put("absent", (String) null)
                .putJson("list", JsonText.array().add("a").addJson(JsonText.object().put("b", 1).end()).end())
                .end();

        JsonObject parsed = Json.createReader(new StringReader(document)).readObject();
        assertThat(parsed.getInt("pain")).isEqualTo(3);
        assertThat(parsed.getJsonNumber("sleepHours").bigDecimalValue()).isEqualByComparingTo("7.5");
        assertThat(parsed.getBoolean("seizures")).isFalse();
        assertThat(parsed.getString("notes")).isEqualTo("Sa \"hei\"\\ og\nlo\t\u0001");
        assertThat(parsed.containsKey("absent")).isFalse();
        assertThat(parsed.getJsonArray("list").getString(0)).isEqualTo("a");
        assertThat(parsed.getJsonArray("list").getJsonObject(1).getInt("b")).isEqualTo(1);
    }

    @Test
    void emptyContainers() {
        assertThat(JsonText.object().end()).isEqualTo("{}");
        assertThat(JsonText.array().end()).isEqualTo("[]");
    }
}
