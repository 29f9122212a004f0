package no.sammen.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PersonasTest {

    private final Personas personas = Personas.load();

    @Test
    void the_cast_has_thirteen_people_five_of_them_health_personnel() {
        assertThat(personas.all()).hasSize(13);
        assertThat(personas.all()).extracting(Persona::username)
                .containsExactly("kari", "ola", "nina", "lars", "ute", "siri", "tone", "per", "mor", "far", "emma", "admin", "dina");
        assertThat(personas.forIssuer("helseid")).extracting(Persona::username)
                .containsExactly("kari", "ola", "nina", "lars", "ute");
        assertThat(personas.forIssuer("idporten")).hasSize(8);
    }

    @Test
    void every_national_id_passes_both_mod11_checks_and_matches_the_birth_date_plus_80_months() {
        for (Persona p : personas.all()) {
            assertThat(p.nationalId()).as(p.username()).matches("\\d{11}");
            assertThat(mod11Valid(p.nationalId())).as(p.username() + " " + p.nationalId()).isTrue();
            String ddmmyy = p.birthDate().format(DateTimeFormatter.ofPattern("ddMMyy"));
            int syntheticMonth = Integer.parseInt(ddmmyy.substring(2, 4)) + 80;
            assertThat(p.nationalId()).as(p.username())
                    .startsWith(ddmmyy.substring(0, 2) + syntheticMonth + ddmmyy.substring(4, 6));
        }
    }

    @Test
    void the_mod11_check_itself_rejects_a_changed_digit() {
        assertThat(mod11Valid("11828410018")).isTrue();
        assertThat(mod11Valid("11828410019")).isFalse();
        assertThat(mod11Valid("11828410028")).isFalse();
    }

    @Test
    void citizens_get_id_porten_claims() {
        Persona mor = personas.get("mor");
        assertThat(mor.isHealthPersonnel()).isFalse();
        assertThat(mor.loginLabel()).isEqualTo("Citizens (ID-porten)");
        JsonObject claims = parse(mor.claims());
        assertThat(claims.keySet()).containsExactlyInAnyOrder("pid", "acr", "name", "amr");
        assertThat(claims.getString("pid")).isEqualTo("21858310048");
        assertThat(claims.getString("acr")).isEqualTo("idporten-loa-high");
        assertThat(claims.getString("name")).isEqualTo("Marit Mor");
        assertThat(claims.getJsonArray("amr").getString(0)).isEqualTo("BankID");
        assertThat(mor.hpr()).isEmpty();
    }

    @Test
    void health_personnel_get_helseid_claims_with_hpr_details() {
        Persona kari = personas.get("kari");
        assertThat(kari.isHealthPersonnel()).isTrue();
        assertThat(kari.loginLabel()).isEqualTo("Health personnel (HelseID)");
        JsonObject claims = parse(kari.claims());
        assertThat(claims.getString("helseid://claims/identity/pid")).isEqualTo("11828410018");
        assertThat(claims.getString("helseid://claims/identity/security_level")).isEqualTo("4");
        assertThat(claims.getString("helseid://claims/hpr/hpr_number")).isEqualTo("9100001");
        assertThat(claims.getString("name")).isEqualTo("Kari Fysio");
        assertThat(claims.getString("acr")).isEqualTo("helseid-loa-high");
        JsonObject details = claims.getJsonObject("helseid://claims/hpr/hpr_details");
        assertThat(details.getString("hpr_number")).isEqualTo("9100001");
        JsonObject approval = details.getJsonArray("approvals").getJsonObject(0);
        assertThat(approval.getString("profession")).isEqualTo("FT");
        assertThat(approval.getJsonObject("authorization").getString("value")).isEqualTo("1");
        assertThat(approval.getJsonObject("authorization").getString("description")).isEqualTo("Autorisasjon");
        assertThat(claims.containsKey("pid")).isFalse();
    }

    @Test
    void professions_and_roles_are_as_cast() {
        assertThat(personas.get("nina").professionCode()).isEqualTo("SP");
        assertThat(personas.get("lars").professionCode()).isEqualTo("LE");
        assertThat(personas.get("ola").professionCode()).isEqualTo("ET");
        assertThat(personas.get("ute").professionCode()).isEqualTo("FT");
        assertThat(personas.get("admin").role()).isEqualTo("admin");
        assertThat(personas.get("emma").birthDate()).hasToString("2012-03-15");
        assertThat(personas.get("tone").displayName()).isEqualTo("Tone Lærer");
    }

    @Test
    void an_unknown_username_is_reported_with_the_known_ones() {
        assertThat(personas.find("nobody")).isEmpty();
        assertThatThrownBy(() -> personas.get("nobody"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("kari");
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** The Norwegian national identity number's two control digits (modulus 11). */
    static boolean mod11Valid(String nationalId) {
        int[] d = nationalId.chars().map(c -> c - '0').toArray();
        int k1 = control(d, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
        int k2 = control(d, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
        return k1 == d[9] && k2 == d[10];
    }

    private static int control(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        int control = 11 - sum % 11;
        return control == 11 ? 0 : control; // 10 is invalid and never equals a digit
    }
}
