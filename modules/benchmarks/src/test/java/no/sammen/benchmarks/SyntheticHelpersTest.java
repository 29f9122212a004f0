package no.sammen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SyntheticHelpersTest {

    @Test
    void halfStepsAsTheApplicationNormalisesThem() {
        assertThat(ChildHistory.decimal(9.0)).isEqualTo("9");
        assertThat(ChildHistory.decimal(7.5)).isEqualTo("7.5");
    }

    @Test
    void childNamesAreTheTag() {
        assertThat(ChildHistory.childName(17)).isEqualTo("Syntetisk barn 00017").startsWith(ChildHistory.NAME_PREFIX);
    }

    @Test
    void municipalitiesOf25Children() {
        assertThat(StaffRoster.municipalityOf(1)).isZero();
        assertThat(StaffRoster.municipalityOf(25)).isZero();
        assertThat(StaffRoster.municipalityOf(26)).isEqualTo(1);
        assertThat(StaffRoster.municipalityName(0)).isEqualTo("Askøy");
        assertThat(StaffRoster.municipalityName(30)).isEqualTo("Askøy 2");
    }

    @Test
    void syntheticHashesAreStableAndDistinct() {
        assertThat(SyntheticPeople.hash("child:00001")).hasSize(32).isEqualTo(SyntheticPeople.hash("child:00001"))
                .isNotEqualTo(SyntheticPeople.hash("child:00002"));
    }

    @Test
    void readsTheCodeFromTheCallbackAddress() {
        assertThat(PersonaTokens.parameter("http://localhost:8080/login/callback/x?code=a%2Bb&state=s", "code"))
                .isEqualTo("a+b");
        assertThat(PersonaTokens.parameter("http://localhost:8080/login/callback/x?error=denied", "code")).isNull();
        assertThat(PersonaTokens.parameter("", "code")).isNull();
    }

    @Test
    void humanDurations() {
        assertThat(SyntheticData.human(Duration.ofMillis(12_345))).isEqualTo("12.3 s");
        assertThat(SyntheticData.human(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(SyntheticData.human(Duration.ofMinutes(62))).isEqualTo("1 h 02 min");
    }
}
