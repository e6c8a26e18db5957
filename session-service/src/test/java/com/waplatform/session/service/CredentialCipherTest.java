package com.waplatform.session.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private final CredentialCipher cipher = new CredentialCipher(KEY, 3);

    @Test
    void roundTripsAndNeverStoresPlaintext() {
        String stored = cipher.encrypt("EAAG-secret-token", "conn-1:accessToken");
        assertTrue(stored.startsWith("v3:"));
        assertFalse(stored.contains("EAAG"));
        assertEquals("EAAG-secret-token", cipher.decrypt(stored, "conn-1:accessToken"));
    }

    @Test
    void usesAFreshNoncePerValue() {
        assertNotEquals(cipher.encrypt("same", "c"), cipher.encrypt("same", "c"));
    }

    @Test
    void valueBoundToItsRowAndField() {
        String stored = cipher.encrypt("secret", "conn-1:appSecret");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, "conn-2:appSecret"));
    }

    @Test
    void wrongKeyOrTamperingIsDetected() {
        String stored = cipher.encrypt("secret", "c");
        CredentialCipher other = new CredentialCipher(KEY.replace('0', '1'), 3);
        assertThrows(IllegalStateException.class, () -> other.decrypt(stored, "c"));
        byte[] raw = java.util.Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length / 2] ^= 0x01;
        String tampered = "v3:" + java.util.Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered, "c"));
    }

    @Test
    void refusesAKeyThatIsNot256Bits() {
        assertThrows(IllegalStateException.class, () -> new CredentialCipher("abcd", 1));
        assertThrows(IllegalStateException.class, () -> new CredentialCipher(null, 1));
    }

    @Test
    void previousKeysStillDecryptWhileNewValuesUseTheCurrentKey() {
        String old = cipher.encrypt("old-secret", "c");
        String newKey = KEY.replace('a', 'b');
        CredentialCipher rotated = new CredentialCipher(newKey, 4, java.util.Map.of(3, KEY));
        assertEquals("old-secret", rotated.decrypt(old, "c"));
        String fresh = rotated.encrypt("new-secret", "c");
        assertEquals(4, CredentialCipher.versionOf(fresh));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(fresh, "c"));
        CredentialCipher withoutOldKey = new CredentialCipher(newKey, 4);
        assertThrows(IllegalStateException.class, () -> withoutOldKey.decrypt(old, "c"));
    }
}
