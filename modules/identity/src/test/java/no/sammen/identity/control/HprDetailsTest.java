package no.sammen.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HprDetailsTest {

    @Test
    void objectFormWithPlainCodes() {
        Object claim = Map.of("approvals", List.of(Map.of("profession", "LE")));

        assertThat(HprDetails.professions(claim)).containsExactly("LE");
    }

    @Test
    void objectFormWithCodeAsValueObject() {
        Object claim = Map.of("approvals", List.of(
                Map.of("profession", Map.of("value", "SP", "description", "Sykepleier"),
                        "authorization", Map.of("value", "1", "description", "Autorisasjon"))));

        assertThat(HprDetails.professions(claim)).containsExactly("SP");
    }

    @Test
    void severalApprovalsInOrderWithoutDuplicates() {
        Object claim = Map.of("hpr_number", "565501872", "approvals", List.of(
                Map.of("profession", "LE"),
                Map.of("profession", Map.of("value", "SP")),
                Map.of("profession", "FT"),
                Map.of("profession", Map.of("value", "LE"))));

        assertThat(HprDetails.professions(claim)).containsExactly("LE", "SP", "FT");
    }

    @Test
    void jsonStringForm() {
        String claim = """
                {"hpr_number":"565501872","approvals":[
                  {"profession":"LE","authorization":{"value":"1"}},
                  {"profession":{"value":"SP","description":"Sykepleier"}}]}""";

        assertThat(HprDetails.professions(claim)).containsExactly("LE", "SP");
    }

    @Test
    void goodApprovalsSurviveBadNeighbours() {
        List<Object> approvals = new ArrayList<>(Arrays.asList(
                "LE", 42, null, Map.of(), Map.of("profession", 7), Map.of("profession", "sp"),
                Map.of("profession", Map.of("value", "FT"))));

        assertThat(HprDetails.professions(Map.of("approvals", approvals))).containsExactly("FT");
    }

    static Stream<Arguments> garbage() {
        Map<String, Object> nullApprovals = new HashMap<>();
        nullApprovals.put("approvals", null);
        return Stream.of(
                Arguments.of((Object) null),
                Arguments.of(""),
                Arguments.of("not json"),
                Arguments.of("{\"approvals\":"),
                Arguments.of("[{\"profession\":\"LE\"}]"),
                Arguments.of("{\"approvals\":\"LE\"}"),
                Arguments.of("{\"approvals\":{\"profession\":\"LE\"}}"),
                Arguments.of(42),
                Arguments.of(true),
                Arguments.of(List.of(Map.of("profession", "LE"))),
                Arguments.of(Map.of()),
                Arguments.of(nullApprovals),
                Arguments.of(Map.of("approvals", List.of())),
                Arguments.of(Map.of("approvals", List.of("LE", 1, List.of()))),
                Arguments.of(Map.of("approvals", List.of(Map.of("authorization", Map.of("value", "1"))))),
                Arguments.of(Map.of("approvals", List.of(Map.of("profession", Map.of("description", "Lege"))))),
                Arguments.of(Map.of("approvals", List.of(Map.of("profession", "<script>alert(1)</script>")))),
                Arguments.of(Map.of("approvals", List.of(Map.of("profession", "LE\r\nX")))),
                Arguments.of(Map.of("approvals", List.of(Map.of("profession", "LEGE")))),
                Arguments.of(Map.of("approvals", List.of(Map.of("profession", List.of("LE"))))));
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void garbageGivesNoProfessions(Object claim) {
        assertThat(HprDetails.professions(claim)).isEmpty();
    }
}
