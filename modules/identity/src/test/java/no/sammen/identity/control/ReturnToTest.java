package no.sammen.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToTest {

    @ParameterizedTest
    @ValueSource(strings = {"/app/home.xhtml", "/app/children/42/notes.xhtml", "/app/children.xhtml?child=42&tab=plan",
            "/app/team.xhtml#members", "/app/search.xhtml?q=%2F%2Fevil.example", "/"})
    void localPathsAreKept(String path) {
        assertThat(ReturnTo.sanitise(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "https://evil.example",
            "https://evil.example/app/home.xhtml",
            "http://evil.example",
            "HTTPS://evil.example",
            "//evil.example",
            "//evil.example/app/home.xhtml",
            "///evil.example",
            "/\\evil.example",
            "/\\/evil.example",
            "\\\\evil.example",
            "\\/evil.example",
            "/app\\..\\..\\evil",
            "javascript:alert(document.cookie)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "evil.example",
            "app/home.xhtml",
            " /app/home.xhtml",
            " //evil.example",
            "\t//evil.example",
            "/app/home.xhtml\r\nSet-Cookie: session=attacker",
            "/app/home.xhtml\nLocation: https://evil.example",
            "/app/home.xhtml\r",
            "/app/home xhtml",
            "/app/home.xhtml\t",
            "/app/\u0000home.xhtml",
            "/app/\u007fhome.xhtml",
            "/login/citizen",
            "/login/health?returnTo=https://evil.example",
            "/logout",
            "/logout?post_logout_redirect_uri=https://evil.example"})
    void anythingElseGoesHome(String requested) {
        assertThat(ReturnTo.sanitise(requested)).isEqualTo(ReturnTo.HOME);
    }

    @Test
    void overLongPathsGoHome() {
        String limit = "/app/" + "a".repeat(512 - 5);
        assertThat(limit).hasSize(512);

        assertThat(ReturnTo.sanitise(limit)).isEqualTo(limit);
        assertThat(ReturnTo.sanitise(limit + "a")).isEqualTo(ReturnTo.HOME);
        assertThat(ReturnTo.sanitise("/app/" + "a".repeat(100_000))).isEqualTo(ReturnTo.HOME);
    }

    @Test
    void homeIsALocalPath() {
        assertThat(ReturnTo.HOME).startsWith("/").doesNotStartWith("//");
        assertThat(ReturnTo.sanitise(ReturnTo.HOME)).isEqualTo(ReturnTo.HOME);
    }
}
