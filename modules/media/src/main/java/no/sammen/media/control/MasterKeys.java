package no.sammen.media.control;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master keys that wrap the objects' data keys, by id (docs/media-keys.md): every listed key unwraps, the current
 * one wraps new objects. Configured as {@code sammen.media.master-keys=id:base64,id:base64} (32-byte keys) and
 * {@code sammen.media.master-key-id}.
 */
public final class MasterKeys {

    private final Map<String, SecretKey> keys;
    private final String currentId;

    public MasterKeys(Map<String, SecretKey> keys, String currentId) {
        this.keys = Map.copyOf(keys);
        this.currentId = currentId;
        if (!this.keys.containsKey(currentId)) {
            throw new IllegalStateException("sammen.media.master-key-id names no key in sammen.media.master-keys");
        }
    }

    /** Parses {@code id:base64,id:base64}; each key must be 32 bytes and each id 1-64 characters of [A-Za-z0-9._-]. */
    public static MasterKeys parse(String list, String currentId) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("sammen.media.master-keys: entries are id:base64");
            }
            String id = trimmed.substring(0, colon);
            if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new IllegalStateException("sammen.media.master-keys: bad key id");
            }
            byte[] key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            if (key.length != 32) {
                throw new IllegalStateException("sammen.media.master-keys: key " + id + " is not 32 bytes");
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        }
        return new MasterKeys(keys, currentId.strip());
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    SecretKey byId(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("no master key with id " + id + " is configured");
        }
        return key;
    }
}
