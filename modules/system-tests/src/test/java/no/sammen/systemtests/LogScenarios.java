package no.sammen.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server wrote to its log during the whole run: refusals with their reason and request id, and never a
 * national identity number or a forged line. Runs last, after every other scenario has signed people in.
 */
abstract class LogScenarios extends Scenario {

    @Test
    void aRefusalIsLoggedWithItsReasonAndRequestId() {
        HttpResponse<String> refused = api(new HttpBrowser(), "GET", "/api/me", "not-a-jwt");
        assertThat(refused.statusCode()).isEqualTo(401);
        String requestId = json(refused.body()).getString("requestId");
        assertThat(serverLog()).anySatisfy(line -> assertThat(line)
                .contains("authentication refused reason=malformed_token").contains("requestId=" + requestId));
    }

    @Test
    void aValueWithLineBreaksCannotForgeALogLine() {
        HttpBrowser browser = new HttpBrowser();
        String authorizeUrl = startLogin(browser, "citizen", null);
        String marker = "FORGED-" + randomUrlSafe(6);
        HttpResponse<String> refused = browser.get(base() + "/login/callback/citizen?state="
                + queryParameter(authorizeUrl, "state") + "&error=access_denied%0D%0A" + marker + "%20login%20person%3Dadmin");
        assertThat(refused.statusCode()).isEqualTo(401);
        var log = serverLog();
        assertThat(log).as("the value was logged, neutralised").anySatisfy(line -> assertThat(line)
                .contains("provider answered access_denied\\r\\n" + marker));
        assertThat(log).noneSatisfy(line -> assertThat(line).startsWith(marker));
    }

    @Test
    void noNationalIdentityNumberIsEverLogged() {
        String log = String.join("\n", serverLog());
        assertThat(log).contains("login person=");
        for (Persona persona : env().personas().all()) {
            assertThat(log).as(persona.username() + "'s national id").doesNotContain(persona.nationalId());
        }
    }

    @Test
    void noNationalIdentityNumberIsStoredInClearText() {
        long people = count("select count(*) from identity.person");
        assertThat(people).isGreaterThanOrEqualTo(5);
        for (Persona persona : env().personas().all()) {
            String digits = persona.nationalId();
            assertThat(count("select count(*) from identity.person where encode(national_id_hash, 'escape') like '%"
                    + digits + "%' or encode(national_id_cipher, 'escape') like '%" + digits
                    + "%' or display_name like '%" + digits + "%'")).as(persona.username()).isZero();
        }
    }

    static java.util.List<String> serverLog() {
        Path dir = env().serverLog().getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("server.log")).sorted()
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p, StandardCharsets.UTF_8).stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
