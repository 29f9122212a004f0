package no.sammen.systemtests;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import no.sammen.devstack.Persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail: one entry per access, tamper evidence that a superuser cannot get round unnoticed, a database
 * role that cannot change the trail, and the family's access log.
 */
abstract class AuditScenarios extends Scenario {

    private final HttpBrowser client = new HttpBrowser();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private String token(String persona) {
        return tokens.computeIfAbsent(persona, p -> accessToken(persona(p)));
    }

    private String emmaId() {
        return childNamed(client, token("nina"), "Emma");
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow();
    }

    private static long entriesOf(String requestId) {
        return count("select count(*) from audit.entry where request_id = '" + requestId + "'");
    }

    @Test
    void everyReadUnderAChildProducesExactlyOneEntry() {
        String emma = emmaId();
        HttpResponse<String> openapi = client.get(base() + "/openapi", Map.of("Accept", "application/json"));
        assertThat(openapi.statusCode()).isEqualTo(200);
        JsonObject paths = json(openapi.body()).getJsonObject("paths");
        List<String> walked = new ArrayList<>();
        for (String path : paths.keySet()) {
            if (!path.startsWith("/api/children/{childId}/") || !paths.getJsonObject(path).containsKey("get")) {
                continue;
            }
            String concrete = path.replace("{childId}", emma).replaceAll("\\{version}", "1")
                    .replaceAll("\\{from}", "1").replaceAll("\\{to}", "1").replaceAll("\\{[a-zA-Z]+}",
                            UUID.randomUUID().toString());
            for (String persona : new String[]{"kari", "mor", "ute"}) {
                HttpResponse<String> answer = api(client, "GET", concrete, token(persona));
                assertThat(entriesOf(requestId(answer))).as(persona + " GET " + path + " -> " + answer.statusCode())
                        .isEqualTo(1);
            }
            walked.add(path);
        }
        assertThat(walked).contains("/api/children/{childId}/handover", "/api/children/{childId}/access-log",
                "/api/children/{childId}/reports/{reportId}");

        HttpResponse<String> written = api(client, "POST", "/api/children/" + emma + "/observations", token("kari"),
                "{\"kind\": \"pain-score\", \"value\": 2}");
        assertThat(entriesOf(requestId(written))).as(written.body()).isEqualTo(1);
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(written)
                + "' and operation = 'CREATE' and child_id = '" + emma + "'")).isEqualTo(1);
    }

    @Test
    void theFamilySeesWhoReadTheRecordButNeverTheTeamAndNeverAJustification() {
        String emma = emmaId();
        assertThat(api(client, "GET", "/api/children/" + emma + "/handover", token("kari")).statusCode()).isEqualTo(200);
        HttpResponse<String> log = api(client, "GET", "/api/children/" + emma + "/access-log", token("mor"));
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        assertThat(log.body()).contains("Kari").contains("membership").doesNotContain("justification");
        HttpResponse<String> byTeam = api(client, "GET", "/api/children/" + emma + "/access-log", token("kari"));
        assertThat(byTeam.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(byTeam)
                + "' and outcome = 'MINOR_FAILURE'")).isEqualTo(1);
        HttpResponse<String> stranger = api(client, "GET", "/api/children/" + emma + "/access-log", token("ute"));
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(stranger.body()).doesNotContain("Kari");
    }

    /** The organisation of Kari's membership of Emma's team (the demo family). */
    static final String KARIS_ORGANISATION = "Physiotherapy, Bergen municipality";

    @Test
    void everyEntryNamesTheOrganisationOfTheMembershipInTheTrailTheFamilysLogAndTheExport() {
        String emma = emmaId();
        HttpResponse<String> read = api(client, "GET", "/api/children/" + emma + "/handover", token("kari"));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(read)
                + "' and organisation = '" + KARIS_ORGANISATION + "'")).isEqualTo(1);
        HttpResponse<String> refused = api(client, "GET", "/api/children/" + emma + "/access-log", token("kari"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(refused)
                + "' and outcome = 'MINOR_FAILURE' and organisation = '" + KARIS_ORGANISATION + "'"))
                .as("a refusal names it too").isEqualTo(1);
        HttpResponse<String> family = api(client, "GET", "/api/children/" + emma + "/reports", token("mor"));
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(family)
                + "' and organisation is null")).as("a guardian acts through no organisation").isEqualTo(1);

        HttpResponse<String> log = api(client, "GET", "/api/children/" + emma + "/access-log?person="
                + personId("kari"), token("mor"));
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        JsonObject karis = json(log.body()).getJsonArray("days").getJsonObject(0).getJsonArray("people")
                .getJsonObject(0);
        assertThat(karis.getString("name")).startsWith("Kari");
        assertThat(karis.getString("organisation")).isEqualTo(KARIS_ORGANISATION);

        HttpResponse<String> export = api(client, "GET", "/api/admin/audit/export?limit=1&child=" + emma + "&person="
                + personId("kari"), token("admin"));
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonObject event = json(export.body()).getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        JsonObject organisation = event.getJsonArray("agent").getJsonObject(1);
        assertThat(organisation.getJsonObject("who").getString("type")).isEqualTo("Organization");
        assertThat(organisation.getJsonObject("who").getString("display")).isEqualTo(KARIS_ORGANISATION);
        HttpResponse<String> search = api(client, "GET", "/api/admin/audit?limit=1&child=" + emma + "&person="
                + personId("kari"), token("admin"));
        assertThat(jsonArray(search.body()).getJsonObject(0).getString("organisation")).isEqualTo(KARIS_ORGANISATION);
    }

    @Test
    void theDataProtectionOfficerSearchesExportsAndVerifiesTheTrailButAdministersNothing() {
        String dina = token("dina");
        HttpResponse<String> search = api(client, "GET", "/api/admin/audit?limit=5", dina);
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(jsonArray(search.body())).isNotEmpty();
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(search)
                + "' and kind = 'ADMINISTRATION' and outcome = 'SUCCESS' and person_name = 'Dina Personvern'"))
                .as("the search is itself recorded").isEqualTo(1);
        HttpResponse<String> export = api(client, "GET", "/api/admin/audit/export?limit=3&format=ndjson", dina);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.body()).contains("\"resourceType\":\"AuditEvent\"");
        HttpResponse<String> verify = api(client, "GET", "/api/admin/audit/verify", dina);
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        assertThat(json(verify.body()).containsKey("intact")).isTrue();

        long versions = count("select count(*) from access.scope_version");
        long checkpoints = count("select count(*) from audit.checkpoint");
        HttpResponse<String> scope = api(client, "PUT", "/api/admin/scopes/teacher", dina,
                "{\"basedOnVersion\": 1, \"categories\": {\"know-me\": {\"read\": [\"*\"]}}}");
        assertThat(scope.statusCode()).as(scope.body()).isEqualTo(403);
        assertThat(count("select count(*) from access.scope_version")).as("no scope changed").isEqualTo(versions);
        assertThat(count("select count(*) from audit.entry where request_id = '" + requestId(scope)
                + "' and kind = 'ADMINISTRATION' and operation = 'UPDATE' and outcome = 'MINOR_FAILURE' "
                + "and person_name = 'Dina Personvern' and basis like '%needs the role admin%admin/scopes/teacher'"))
                .as("the denial is in the trail: " + scope.body() + " " + trailOf(requestId(scope))).isEqualTo(1);
        HttpResponse<String> scopes = api(client, "GET", "/api/admin/scopes", dina);
        assertThat(scopes.statusCode()).isEqualTo(403);
        assertThat(entriesOf(requestId(scopes))).isEqualTo(1);
        HttpResponse<String> seal = api(client, "POST", "/api/admin/audit/checkpoints", dina);
        assertThat(seal.statusCode()).isEqualTo(403);
        assertThat(count("select count(*) from audit.checkpoint")).isEqualTo(checkpoints);
        assertThat(entriesOf(requestId(seal))).isEqualTo(1);
        HttpResponse<String> child = api(client, "GET", "/api/children/" + emmaId(), dina);
        assertThat(child.statusCode()).as("no relation to any child").isEqualTo(404);
        assertThat(child.body()).doesNotContain("Emma");
    }

    /** The entries of a request as text, for a failing assertion's message. */
    private static String trailOf(String requestId) {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select kind, operation, outcome, person_name, basis from audit.entry where request_id = '"
                        + requestId + "'")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3) + "/" + r.getString(4) + "/"
                        + r.getString(5));
            }
            return rows.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String personId(String persona) {
        return json(api(client, "GET", "/api/me", token(persona)).body()).getString("id");
    }

    @Test
    void aRefusedCredentialIsAFailedLoginAndARequestWithoutOneIsNot() {
        HttpResponse<String> forged = api(client, "GET", "/api/me", "not.a.token");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from audit.entry where kind = 'LOGIN_FAILED' and outcome = 'MINOR_FAILURE' "
                + "and person_id is null and request_id = '" + requestId(forged) + "'")).isEqualTo(1);
        HttpResponse<String> anonymous = api(client, "GET", "/api/me", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(entriesOf(requestId(anonymous))).isZero();
    }

    @Test
    void theApplicationRoleCannotChangeOrRemoveTheTrail() throws SQLException {
        api(client, "GET", "/api/children/" + emmaId() + "/handover", token("kari"));
        assertThat(count("select count(*) from audit.entry")).isPositive();
        try (Connection c = database(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit.entry set person_name = 'nobody'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit.entry"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit.entry"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit.checkpoint"))
                    .hasMessageContaining("permission denied");
        }
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            r.next();
            assertThat(r.getBoolean(1)).as("the application's role is no superuser").isFalse();
        }
    }

    @Test
    void verifyFindsAnEditADeletionAndAnInsertionAsTheFirstBrokenLink() throws SQLException {
        String emma = emmaId();
        for (int i = 0; i < 12; i++) { // one after the other: each takes the first free head, so one chain gets them
            api(client, "GET", "/api/children/" + emma + "/handover", token("kari"));
        }
        HttpResponse<String> sealed = api(client, "POST", "/api/admin/audit/checkpoints", token("admin"));
        assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(200);
        assertIntact();

        // an entry in the middle of one of Emma's chains, covered by the checkpoint
        String chain;
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select chain from audit.entry where child_id = '" + emma + "' group by chain having count(*) >= 3 "
                        + "order by max(id) desc limit 1")) {
            assertThat(r.next()).isTrue();
            chain = r.getString(1);
        }
        long position = count("select max(position) - 1 from audit.entry where chain = '" + chain + "'");
        long id = count("select id from audit.entry where chain = '" + chain + "' and position = " + position);
        try (Connection su = env().database().superuserConnection(); Statement s = su.createStatement()) {
            s.executeUpdate("create temporary table kept as select * from audit.entry where id = " + id);
            // edit
            s.executeUpdate("update audit.entry set person_name = 'Someone else' where id = " + id);
            JsonObject broken = assertBroken();
            assertThat(broken.getJsonNumber("entryId").longValue()).isEqualTo(id);
            assertThat(broken.getString("problem")).contains("changed");
            s.executeUpdate("update audit.entry set person_name = (select person_name from kept) where id = " + id);
            assertIntact();

            // deletion
            s.executeUpdate("delete from audit.entry where id = " + id);
            broken = assertBroken();
            assertThat(broken.getString("chain")).isEqualTo(chain);
            assertThat(broken.getJsonNumber("position").longValue()).isEqualTo(position + 1);
            assertThat(broken.getString("problem")).contains("deleted");
            s.executeUpdate("insert into audit.entry select * from kept");
            assertIntact();

            // insertion: a forged entry in the middle, the entries after it moved one on
            s.executeUpdate("update audit.entry set position = position + 1000000 where chain = '" + chain
                    + "' and position >= " + position);
            s.executeUpdate("update audit.entry set position = position - 1000000 + 1 where chain = '" + chain
                    + "' and position >= " + (position + 1000000));
            s.executeUpdate("insert into audit.entry (chain, position, recorded_at, kind, operation, outcome, "
                    + "person_name, categories, entry_ids, fields, previous_hash, hash) select chain, " + position
                    + ", recorded_at, kind, operation, outcome, 'Forger', categories, entry_ids, fields, previous_hash, "
                    + "hash from kept");
            broken = assertBroken();
            assertThat(broken.getString("chain")).isEqualTo(chain);
            assertThat(broken.getJsonNumber("position").longValue()).isEqualTo(position);
            s.executeUpdate("delete from audit.entry where chain = '" + chain + "' and position = " + position
                    + " and person_name = 'Forger'");
            s.executeUpdate("update audit.entry set position = position + 1000000 where chain = '" + chain
                    + "' and position > " + position);
            s.executeUpdate("update audit.entry set position = position - 1000000 - 1 where chain = '" + chain
                    + "' and position > 1000000");
            assertIntact();

            // a checkpoint changed: its signature no longer verifies
            s.executeUpdate("create temporary table kept_checkpoint as select * from audit.checkpoint "
                    + "order by id desc limit 1");
            s.executeUpdate("update audit.checkpoint set jws = regexp_replace(jws, '\\.[^.]*\\.', '.e30.') "
                    + "where id = (select id from kept_checkpoint)");
            broken = assertBroken();
            assertThat(broken.getString("problem")).contains("signature");
            s.executeUpdate("update audit.checkpoint c set jws = k.jws from kept_checkpoint k where c.id = k.id");
            assertIntact();
        }
    }

    @Test
    void archivedEntriesKeepTheirProofAndStillVerify() throws SQLException {
        api(client, "GET", "/api/children/" + emmaId() + "/handover", token("kari"));
        assertThat(api(client, "POST", "/api/admin/audit/checkpoints", token("admin")).statusCode()).isEqualTo(200);
        long before = count("select count(*) from audit.entry_history");
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select audit.archive_covered_before(now() + interval '1 day')")) {
            r.next();
            assertThat(r.getLong(1)).as("covered entries moved, as if past the retention period").isPositive();
        }
        assertThat(count("select count(*) from audit.archived_entry")).isPositive();
        assertThat(count("select count(*) from audit.entry_history")).as("nothing dropped").isGreaterThanOrEqualTo(before);
        assertIntact();
        HttpResponse<String> search = api(client, "GET", "/api/admin/audit?limit=5", token("admin"));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(api(client, "GET", "/api/admin/audit", token("kari")).statusCode()).isEqualTo(403);
    }

    @Test
    void theTrailExportsAsFhirAuditEvents() {
        HttpResponse<String> bundle = api(client, "GET", "/api/admin/audit/export?limit=20", token("admin"));
        assertThat(bundle.statusCode()).as(bundle.body()).isEqualTo(200);
        JsonObject b = json(bundle.body());
        assertThat(b.getString("resourceType")).isEqualTo("Bundle");
        JsonObject first = b.getJsonArray("entry").getJsonObject(0).getJsonObject("resource");
        assertThat(first.getString("resourceType")).isEqualTo("AuditEvent");
        assertThat(first.getString("action")).isIn("C", "R", "U", "D", "E");
        assertThat(first.getString("outcome")).isIn("0", "4", "8", "12");
        HttpResponse<String> ndjson = api(client, "GET", "/api/admin/audit/export?limit=3&format=ndjson",
                token("admin"));
        assertThat(ndjson.statusCode()).isEqualTo(200);
        assertThat(ndjson.body().strip().split("\n")).allSatisfy(line -> assertThat(json(line)
                .getString("resourceType")).isEqualTo("AuditEvent"));
    }

    @Test
    void aGuardianSeesOnTheFamilyPageThatKariReadTheDailyReports() {
        String emma = emmaId();
        HttpResponse<String> read = api(client, "GET", "/api/children/" + emma + "/reports", token("kari"));
        assertThat(read.statusCode()).isEqualTo(200);
        long loginsBefore = count("select count(*) from audit.entry where kind = 'LOGIN'");
        try (Chromium chromium = new Chromium()) {
            Persona mor = persona("mor");
            WebDriver browser = chromium.driver();
            browser.get(base() + "/?lang=nb");
            browser.findElement(By.id("login-citizen")).click();
            chromium.awaitUrl(env().identityProvider().issuerUrl(mor.issuerId()));
            browser.findElement(By.xpath("//form[input[@name='username' and @value='mor']]//button")).click();
            chromium.awaitUrl(base() + "/app/home.xhtml");
            assertThat(count("select count(*) from audit.entry where kind = 'LOGIN'")).as("the login is recorded")
                    .isEqualTo(loginsBefore + 1);

            browser.get(base() + "/app/child.xhtml?id=" + emma);
            browser.findElement(By.id("link-access-log")).click();
            chromium.awaitUrl(base() + "/app/access-log.xhtml?child=" + emma);
            chromium.screenshot("access-log");
            List<WebElement> kari = browser.findElements(By.cssSelector(".access-person[data-person]")).stream()
                    .filter(e -> e.findElement(By.cssSelector(".who")).getText().startsWith("Kari")).toList();
            assertThat(kari).as("Kari is named on today's list").isNotEmpty();
            assertThat(kari.get(0).getText()).contains("leste").contains("Rapporter").contains("som del av teamet")
                    .as("the organisation she acted through").contains(KARIS_ORGANISATION);

            new Select(browser.findElement(By.id("filter-category"))).selectByValue("tasks");
            browser.findElement(By.id("filter-apply")).click();
            chromium.awaitUrl(base() + "/app/access-log.xhtml?child=" + emma);
            assertThat(browser.findElements(By.cssSelector(".access .what"))).allSatisfy(e ->
                    assertThat(e.getText()).isEqualTo("Oppgaver"));

            long logoutsBefore = count("select count(*) from audit.entry where kind = 'LOGOUT'");
            browser.findElement(By.id("logout")).click();
            chromium.awaitUrl(base() + "/signed-out.xhtml");
            assertThat(count("select count(*) from audit.entry where kind = 'LOGOUT'")).as("the logout is recorded")
                    .isEqualTo(logoutsBefore + 1);
        }
    }

    /**
     * The private part of the test's previous signing key, {@code audit-test-0}: config/test.properties lists its
     * public part in {@code sammen.audit.previous-keys}, as after a rotation to {@code audit-test-1}. Test only.
     */
    private static final String PREVIOUS_KEY = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"audit-test-0\","
            + "\"x\":\"V0DCW1KdFA0QLsqmlQkJlOtdu99Ae5gwJCHB-1FzYSI\",\"y\":\"6HdO9vwgP4KGtsnno5SmzOCBPKBgTFrkyS4Y62qIRIU\","
            + "\"d\":\"D9HRZMmJypq5A7KwMI7ZH4-1AVE1U_XbhPvXTbPxBtE\"}";

    @Test
    void checkpointsSignedWithThePreviousKeyStillVerifyAndOneSignedWithAnUnknownKeyDoesNot() throws Exception {
        api(client, "GET", "/api/children/" + emmaId() + "/handover", token("kari"));
        assertThat(api(client, "POST", "/api/admin/audit/checkpoints", token("admin")).statusCode()).isEqualTo(200);
        assertIntact();
        long byPreviousKey = appendCheckpointSignedWith(com.nimbusds.jose.jwk.ECKey.parse(PREVIOUS_KEY));
        assertIntact();
        assertThat(json(api(client, "GET", "/api/admin/audit/verify", token("admin")).body())
                .getInt("checkpoints")).isGreaterThanOrEqualTo(2);

        var unknown = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
                .keyID("audit-forged").generate();
        long forged = appendCheckpointSignedWith(unknown);
        try {
            JsonObject broken = assertBroken();
            assertThat(broken.getString("problem")).contains("checkpoint " + forged).contains("unknown key")
                    .contains("audit-forged");
        } finally {
            try (Connection su = env().database().superuserConnection(); Statement s = su.createStatement()) {
                s.executeUpdate("delete from audit.checkpoint where id = " + forged);
            }
        }
        assertIntact();
        HttpResponse<String> sealed = api(client, "POST", "/api/admin/audit/checkpoints", token("admin"));
        assertThat(sealed.statusCode()).as("the current key seals on after the previous key's checkpoint")
                .isEqualTo(200);
        assertThat(count("select count(*) from audit.checkpoint where id > " + byPreviousKey)).isPositive();
        assertIntact();
    }

    /** Appends a checkpoint over the current heads, linked to the last one, signed with this key; returns its id. */
    private static long appendCheckpointSignedWith(com.nimbusds.jose.jwk.ECKey key) throws Exception {
        try (Connection c = database(); Statement s = c.createStatement()) {
            List<List<Object>> heads = new ArrayList<>();
            long entries = 0;
            try (ResultSet r = s.executeQuery("select h.chain, h.position, e.hash from audit.chain_head h join "
                    + "audit.entry_history e on e.chain = h.chain and e.position = h.position order by h.chain")) {
                while (r.next()) {
                    heads.add(List.of(r.getString(1), r.getLong(2), r.getString(3)));
                    entries += r.getLong(2);
                }
            }
            String previous;
            try (ResultSet r = s.executeQuery("select jws from audit.checkpoint order by id desc limit 1")) {
                r.next();
                previous = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(r.getString(1).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            Map<String, Object> payload = new java.util.LinkedHashMap<>();
            payload.put("iat", java.time.Instant.now().getEpochSecond());
            payload.put("entries", entries);
            payload.put("previous", previous);
            payload.put("heads", heads);
            var jws = new com.nimbusds.jose.JWSObject(new com.nimbusds.jose.JWSHeader.Builder(
                    com.nimbusds.jose.JWSAlgorithm.ES256).type(new com.nimbusds.jose.JOSEObjectType(
                    "sammen-audit-checkpoint+jws")).keyID(key.getKeyID()).build(),
                    new com.nimbusds.jose.Payload(payload));
            jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(key));
            var headsJson = Json.createArrayBuilder();
            heads.forEach(h -> headsJson.add(Json.createArrayBuilder().add((String) h.get(0)).add((Long) h.get(1))
                    .add((String) h.get(2))));
            try (var insert = c.prepareStatement("insert into audit.checkpoint (created_at, entries, heads, jws) "
                    + "values (now(), ?, cast(? as jsonb), ?) returning id")) {
                insert.setLong(1, entries);
                insert.setString(2, headsJson.build().toString());
                insert.setString(3, jws.serialize());
                try (ResultSet r = insert.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        }
    }

    /**
     * Concurrent reads of one child take whichever of its chains' heads is free (ADR 0027): every read answers, each
     * leaves exactly one entry, and the trail verifies, sealed or not.
     */
    @Test
    void concurrentReadsOfOneChildAreEachRecordedAndTheTrailStaysIntact() throws Exception {
        String emma = emmaId();
        String bearer = token("kari");
        long before = count("select count(*) from audit.entry where child_id = '" + emma + "'");
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().executor(threads).build();
        try {
            List<java.util.concurrent.CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/children/"
                                + emma + "/handover")).header("Authorization", "Bearer " + bearer)
                        .timeout(java.time.Duration.ofSeconds(45)).GET().build();
                answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .thenApply(HttpResponse::statusCode).exceptionally(failure -> -1));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).as("48 concurrent reads of one child").hasSize(48).containsOnly(200);
        } finally {
            threads.shutdown();
        }
        assertThat(count("select count(*) from audit.entry where child_id = '" + emma + "'"))
                .as("one entry per read").isEqualTo(before + 48);
        assertThat(count("select count(distinct chain) from audit.entry where child_id = '" + emma + "'"))
                .as("the child's chains").isBetween(1L, 16L);
        assertIntact();
        HttpResponse<String> sealed = api(client, "POST", "/api/admin/audit/checkpoints", token("admin"));
        assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(200);
        assertIntact();
    }

    private void assertIntact() {
        HttpResponse<String> verify = api(client, "GET", "/api/admin/audit/verify", token("admin"));
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        assertThat(json(verify.body()).getBoolean("intact")).as(verify.body()).isTrue();
    }

    private JsonObject assertBroken() {
        HttpResponse<String> verify = api(client, "GET", "/api/admin/audit/verify", token("admin"));
        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        JsonObject result = json(verify.body());
        assertThat(result.getBoolean("intact")).as(verify.body()).isFalse();
        return result.getJsonObject("firstBroken");
    }
}
