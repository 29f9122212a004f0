package no.sammen.identity.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * Reads the professions out of HelseID's {@code hpr_details} claim: {@code approvals[].profession}, a code from
 * the HPR profession code list 9060 (LE physician, SP nurse, FT physiotherapist, ...). A person can hold several
 * approvals. The claim may arrive as a JSON object or as a JSON-encoded string; the profession either as a plain
 * code or as an object with a {@code value}.
 */
final class HprDetails {

    private HprDetails() {
    }

    static List<String> professions(Object claim) {
        Map<String, Object> details = asObject(claim);
        if (details == null || !(details.get("approvals") instanceof List<?> approvals)) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Object approval : approvals) {
            if (approval instanceof Map<?, ?> a) {
                Object profession = a.get("profession");
                if (profession instanceof Map<?, ?> p) {
                    profession = p.get("value");
                }
                if (profession instanceof String code && code.matches("[A-Z]{2}")) {
                    codes.add(code);
                }
            }
        }
        return new ArrayList<>(codes);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object claim) {
        if (claim instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (claim instanceof String s) {
            try {
                return JSONObjectUtils.parse(s);
            } catch (java.text.ParseException e) {
                return null;
            }
        }
        return null;
    }
}
