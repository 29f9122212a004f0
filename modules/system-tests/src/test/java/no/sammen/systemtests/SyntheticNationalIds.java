package no.sammen.systemtests;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh synthetic national identity numbers (month + 80), valid under both mod-11 check digits. */
final class SyntheticNationalIds {

    private static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private SyntheticNationalIds() {
    }

    /** A number for someone born on {@code birthDate} (years 2000–2039 only). */
    static String bornOn(LocalDate birthDate) {
        var random = ThreadLocalRandom.current();
        while (true) {
            String base = String.format("%02d%02d%02d%03d", birthDate.getDayOfMonth(), birthDate.getMonthValue() + 80,
                    birthDate.getYear() % 100, 500 + random.nextInt(500));
            int k1 = check(base, W1);
            if (k1 < 0) {
                continue;
            }
            int k2 = check(base + k1, W2);
            if (k2 >= 0) {
                return base + k1 + k2;
            }
        }
    }

    /** A child between 2 and 15 years old (younger than the own-consent age: the guardians consent). */
    static String child() {
        var random = ThreadLocalRandom.current();
        return bornOn(LocalDate.of(2011 + random.nextInt(13), 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : (k == 10 ? -1 : k);
    }
}
