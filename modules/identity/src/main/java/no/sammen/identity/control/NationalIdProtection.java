package no.sammen.identity.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import no.sammen.identity.NationalId;

/**
 * Keeps national identity numbers out of the database in clear text: a keyed hash (HMAC-SHA-256) to find a person,
 * and an AES-256-GCM encrypted copy (random 96-bit IV, key id stored beside it for rotation) for the few places
 * where the number must be shown.
 */
public final class NationalIdProtection {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec hmacKey;
    private final SecretKeySpec encryptionKey;
    private final String keyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param hmacKeyBase64       32 random bytes, base64
     * @param encryptionKeyBase64 32 random bytes, base64
     * @param keyId               the id of the encryption key, stored with every cipher text
     */
    public NationalIdProtection(String hmacKeyBase64, String encryptionKeyBase64, String keyId) {
        byte[] hmac = decodeKey(hmacKeyBase64, "sammen.national-id.hmac-key");
        byte[] aes = decodeKey(encryptionKeyBase64, "sammen.national-id.encryption-key");
        this.hmacKey = new SecretKeySpec(hmac, "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(aes, "AES");
        this.keyId = keyId;
    }

    private static byte[] decodeKey(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " must be base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64 of 32 random bytes)");
        }
        return key;
    }

    /** The keyed hash used to find a person by national identity number. */
    public byte[] hash(NationalId id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return mac.doFinal(id.digits().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    /** The encrypted number: IV followed by cipher text and tag. */
    public byte[] encrypt(NationalId id) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(id.digits().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Decrypts a value made by {@link #encrypt} under the key with {@code storedKeyId}. */
    public NationalId decrypt(byte[] value, String storedKeyId) {
        if (value == null || value.length <= IV_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("national id cipher text is too short");
        }
        if (!keyId.equals(storedKeyId)) {
            throw new IllegalStateException("national id encrypted under key " + storedKeyId + ", which is not configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, value, 0, IV_BYTES));
            cipher.updateAAD(storedKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(value, IV_BYTES, value.length - IV_BYTES);
            return NationalId.parse(new String(plain, StandardCharsets.US_ASCII), "nationalId");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("national id could not be decrypted", e);
        }
    }

    /** The id of the key new values are encrypted under. */
    public String keyId() {
        return keyId;
    }
}
