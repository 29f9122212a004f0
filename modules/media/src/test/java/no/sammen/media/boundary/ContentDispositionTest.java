package no.sammen.media.boundary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {

    @Test
    void quotesAndLineBreaksCannotInjectAndUnicodeIsEncoded() {
        String value = ContentDisposition.of("inline", "a\"; filename=evil.html\r\nSet-Cookie: x=1 Ø.jpg", "media");
        assertThat(value).doesNotContain("\r").doesNotContain("\n");
        assertThat(value).startsWith("inline; filename=\"a__ filename_evil.html__Set-Cookie_ x_1 _.jpg\"; filename*=UTF-8''");
        assertThat(value).endsWith("a%22%3B%20filename%3Devil.html%0D%0ASet-Cookie%3A%20x%3D1%20%C3%98.jpg");
        assertThat(value.chars().filter(c -> c == '"').count()).isEqualTo(2);
        assertThat(ContentDisposition.of("inline", null, "media")).isEqualTo("inline; filename=\"media\"; filename*=UTF-8''media");
    }
}
