package no.sammen.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import no.sammen.identity.NationalId;

class NationalIdProtectionTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final NationalId KARI = NationalId.parse("15831250086", "nationalId");
    private static final NationalId OLA = NationalId.parse("11828410018", "nationalId");

    private final String hmacKey = randomKey(32);
    private final String encryptionKey = randomKey(32);
    private final NationalIdProtection protection = new NationalIdProtection(hmacKey, encryptionKey, "k1");

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void hashIsDeterministicForTheSameKey() {
        var sameKeys = new NationalIdProtection(hmacKey, randomKey(32), "k9");

        assertThat(protection.hash(KARI)).hasSize(32)
                .isEqualTo(protection.hash(KARI))
                .isEqualTo(sameKeys.hash(KARI));
    }

    @Test
    void hashDiffersPerKeyAndPerNumber() {
        var otherKey = new NationalIdProtection(randomKey(32), encryptionKey, "k1");

        assertThat(otherKey.hash(KARI)).isNotEqualTo(protection.hash(KARI));
        assertThat(protection.hash(OLA)).isNotEqualTo(protection.hash(KARI));
    }

    @Test
    void hashIsKeyedNotAPlainDigest() throws Exception {
        byte[] plainSha256 = java.security.MessageDigest.getInstance("SHA-256")
                .digest(KARI.digits().getBytes(StandardCharsets.US_ASCII));

        assertThat(protection.hash(KARI)).isNotEqualTo(plainSha256);
        assertThat(contains(protection.hash(KARI), KARI.digits().getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void encryptDecryptRoundTrip() {
        assertThat(protection.decrypt(protection.encrypt(KARI), "k1")).isEqualTo(KARI);
        assertThat(protection.decrypt(protection.encrypt(OLA), "k1")).isEqualTo(OLA);
        assertThat(protection.keyId()).isEqualTo("k1");
    }

    @Test
    void twoEncryptionsOfTheSameNumberDiffer() {
        byte[] first = protection.encrypt(KARI);
        byte[] second = protection.encrypt(KARI);

        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(first, 12)).as("IV").isNotEqualTo(Arrays.copyOf(second, 12));
        assertThat(protection.decrypt(first, "k1")).isEqualTo(protection.decrypt(second, "k1"));
    }

    @Test
    void cipherTextDoesNotContainTheClearDigits() {
        for (int i = 0; i < 20; i++) {
            byte[] sealed = protection.encrypt(KARI);

            assertThat(contains(sealed, KARI.digits().getBytes(StandardCharsets.US_ASCII))).isFalse();
            assertThat(contains(sealed, KARI.digits().substring(6).getBytes(StandardCharsets.US_ASCII))).isFalse();
            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(KARI.digits());
        }
    }

    @Test
    void tamperedCipherTextFailsToDecrypt() {
        byte[] sealed = protection.encrypt(KARI);
        // One bit flipped in the IV, in the encrypted digits, and in the tag.
        for (int index : new int[] {0, 11, 12, 12 + 5, 12 + 10, sealed.length - 16, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[index] ^= 0x01;

            assertThatThrownBy(() -> protection.decrypt(tampered, "k1"))
                    .as("bit flipped at %d", index)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void truncatedOrExtendedCipherTextIsRefused() {
        byte[] sealed = protection.encrypt(KARI);

        assertThatThrownBy(() -> protection.decrypt(Arrays.copyOf(sealed, sealed.length - 1), "k1"));
        assertThatThrownBy(() -> protection.decrypt(Arrays.copyOf(sealed, sealed.length + 1), "k1"));
        assertThatThrownBy(() -> protection.decrypt(Arrays.copyOf(sealed, 12 + 16), "k1"));
    }

    @Test
    void anotherEncryptionKeyCannotDecrypt() {
        var otherKey = new NationalIdProtection(hmacKey, randomKey(32), "k1");

        assertThatThrownBy(() -> otherKey.decrypt(protection.encrypt(KARI), "k1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void wrongKeyIdIsRefused() {
        byte[] sealed = protection.encrypt(KARI);

        assertThatThrownBy(() -> protection.decrypt(sealed, "k2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> protection.decrypt(sealed, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyIdIsBoundToTheCipherText() {
        // Same key bytes configured under another id: a value sealed under k1 must not pass as k2.
        var sameBytesAsK2 = new NationalIdProtection(hmacKey, encryptionKey, "k2");

        assertThatThrownBy(() -> sameBytesAsK2.decrypt(protection.encrypt(KARI), "k2"))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 16, 24, 31, 33, 64})
    void keysThatAreNot32BytesAreRefused(int bytes) {
        String wrong = randomKey(bytes);

        assertThatThrownBy(() -> new NationalIdProtection(wrong, encryptionKey, "k1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hmac-key");
        assertThatThrownBy(() -> new NationalIdProtection(hmacKey, wrong, "k1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("encryption-key");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not base64!", "0123456789abcdef0123456789abcdef"})
    void missingOrMalformedKeysAreRefused(String key) {
        // The last one is 32 characters, not 32 bytes of key.
        assertThatThrownBy(() -> new NationalIdProtection(key, encryptionKey, "k1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new NationalIdProtection(hmacKey, key, "k1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void errorsDoNotRevealKeys() {
        String wrong = randomKey(16);

        assertThatThrownBy(() -> new NationalIdProtection(wrong, encryptionKey, "k1"))
                .hasMessageNotContaining(wrong).hasMessageNotContaining(encryptionKey);
    }
}
