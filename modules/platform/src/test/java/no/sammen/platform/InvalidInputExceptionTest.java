package no.sammen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.sammen.platform.InvalidInputException.FieldError;

class InvalidInputExceptionTest {

    @Test
    void singleFieldMessageNamesTheField() {
        var e = new InvalidInputException("email", "must be an e-mail address");
        assertThat(e.getMessage()).isEqualTo("email: must be an e-mail address");
        assertThat(e.errors()).containsExactly(new FieldError("email", "must be an e-mail address"));
        assertThat(e).isInstanceOf(SammenException.class);
    }

    @Test
    void messageNamesTheFirstField() {
        var e = new InvalidInputException(List.of(
                new FieldError("name", "must not be blank"),
                new FieldError("birthDate", "must be in the past")));
        assertThat(e.getMessage()).isEqualTo("name: must not be blank");
        assertThat(e.getMessage()).doesNotContain("birthDate");
    }

    @Test
    void noErrorsGiveAGenericMessage() {
        var e = new InvalidInputException(List.of());
        assertThat(e.getMessage()).isEqualTo("Invalid input");
        assertThat(e.errors()).isEmpty();
        assertThat(e.asMap()).isEmpty();
    }

    @Test
    void asMapKeepsTheOrderOfTheFields() {
        var e = new InvalidInputException(List.of(
                new FieldError("zeta", "z"),
                new FieldError("alpha", "a"),
                new FieldError("mu", "m"),
                new FieldError("beta", "b")));
        assertThat(e.asMap().keySet()).containsExactly("zeta", "alpha", "mu", "beta");
        assertThat(e.asMap()).containsExactly(Map.entry("zeta", "z"), Map.entry("alpha", "a"),
                Map.entry("mu", "m"), Map.entry("beta", "b"));
    }

    @Test
    void asMapKeepsTheFirstMessageOfARepeatedField() {
        var e = new InvalidInputException(List.of(
                new FieldError("phone", "must not be blank"),
                new FieldError("name", "too long"),
                new FieldError("phone", "must be digits")));
        assertThat(e.asMap()).containsExactly(Map.entry("phone", "must not be blank"), Map.entry("name", "too long"));
        assertThat(e.errors()).hasSize(3);
    }

    @Test
    void errorsCannotBeChangedFromOutside() {
        List<FieldError> given = new ArrayList<>();
        given.add(new FieldError("a", "1"));
        var e = new InvalidInputException(given);

        given.add(new FieldError("b", "2"));
        assertThat(e.errors()).containsExactly(new FieldError("a", "1"));

        assertThatThrownBy(() -> e.errors().add(new FieldError("c", "3")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.errors().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(e.errors()).containsExactly(new FieldError("a", "1"));
    }

    @Test
    void asMapIsACopy() {
        var e = new InvalidInputException("a", "1");
        try {
            e.asMap().put("b", "2");
        } catch (UnsupportedOperationException ignored) {
            // an unmodifiable map is fine too
        }
        assertThat(e.asMap()).containsExactly(Map.entry("a", "1"));
    }
}
