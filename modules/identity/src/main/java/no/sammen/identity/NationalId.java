package no.sammen.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

import no.sammen.platform.InvalidInputException;

/**
 * A Norwegian national identity number (fødselsnummer, D-number, or a synthetic test number), validated by its two
 * mod-11 check digits. {@link #toString()} never reveals the number; use {@link #digits()} only where the clear
 * value is really needed (hashing, encryption).
 */
public final class NationalId {

    private static final int[] WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final String digits;

    private NationalId(String digits) {
        this.digits = digits;
    }

    /**
     * Parses and validates a national identity number.
     *
     * @param value the 11 digits (spaces are tolerated)
     * @param field the input field to name in the error
     * @throws InvalidInputException naming {@code field} when the value is not a valid number
     */
    public static NationalId parse(String value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        String digits = value.replace(" ", "");
        if (!digits.matches("\\d{11}")) {
            throw new InvalidInputException(field, "must be 11 digits");
        }
        if (!checkDigitsValid(digits)) {
            throw new InvalidInputException(field, "is not a valid national identity number (check digits)");
        }
        if (birthDate(digits) == null) {
            throw new InvalidInputException(field, "is not a valid national identity number (date)");
        }
        return new NationalId(digits);
    }

    /** Whether the value is a valid national identity number. */
    public static boolean isValid(String value) {
        return value != null && value.matches("\\d{11}") && checkDigitsValid(value) && birthDate(value) != null;
    }

    static boolean checkDigitsValid(String d) {
        int k1 = checkDigit(d, WEIGHTS_1);
        int k2 = checkDigit(d, WEIGHTS_2);
        return k1 >= 0 && k2 >= 0 && k1 == d.charAt(9) - '0' && k2 == d.charAt(10) - '0';
    }

    private static int checkDigit(String d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (d.charAt(i) - '0') * weights[i];
        }
        int k = 11 - sum % 11;
        if (k == 11) {
            return 0;
        }
        return k == 10 ? -1 : k;
    }

    /** The 11 digits in clear text. Keep it out of logs, URLs and error messages. */
    public String digits() {
        return digits;
    }

    /** Whether this is a synthetic test number (month + 40 or + 80), as used in development and tests. */
    public boolean synthetic() {
        int month = Integer.parseInt(digits.substring(2, 4));
        return month > 40;
    }

    /** The birth date encoded in the number. */
    public LocalDate birthDate() {
        return birthDate(digits);
    }

    private static LocalDate birthDate(String d) {
        int day = Integer.parseInt(d.substring(0, 2));
        int month = Integer.parseInt(d.substring(2, 4));
        int yy = Integer.parseInt(d.substring(4, 6));
        int individual = Integer.parseInt(d.substring(6, 9));
        if (day > 40) {
            day -= 40; // D-number
        }
        if (month > 80) {
            month -= 80; // synthetic (Skatteetaten)
        } else if (month > 40) {
            month -= 40; // synthetic (NAV / H-number style)
        }
        int century;
        if (individual <= 499) {
            century = 1900;
        } else if (individual <= 749 && yy >= 54) {
            century = 1800;
        } else if (individual >= 900 && yy >= 40) {
            century = 1900;
        } else if (yy <= 39) {
            century = 2000;
        } else {
            century = 1900;
        }
        try {
            return LocalDate.of(century + yy, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NationalId other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    /** Masked: the birth date part only, never the personal digits. */
    @Override
    public String toString() {
        return digits.substring(0, 6) + "*****";
    }
}
