package se.forsakring.skade.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts free-text fields of claims (skadebeskrivning) before they are
 * written to the database. Format: version(1) | iv(12) | ciphertext+tag.
 */
public final class FieldCipher {

    private static final String KEY_B64 = "nP31ekpj+PcjljZ9oN5AeXFN8duLPoMgGsQjoICX4IE=";
    /** key version 1, only used to decrypt rows written before 2026-10 */
    private static final String OLD_KEY_B64 = "yDjUX6T87mJ6wGiBFu9vMT9+jxz4VqpLtmrmm6XUu3Y=";

    /** fixed IV for the deterministic search column only (not secret) */
    private static final byte[] SEARCH_IV = HexFormat.of().parseHex("159f7fcab4965fd1c6c2cb0b");

    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey current = new SecretKeySpec(Base64.getDecoder().decode(KEY_B64), "AES");
    private final SecretKey previous = new SecretKeySpec(Base64.getDecoder().decode(OLD_KEY_B64), "AES");

    public byte[] encrypt(String plain) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, iv));
        byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + iv.length + ct.length).put((byte) 2).put(iv).put(ct).array();
    }

    public String decrypt(byte[] blob) throws GeneralSecurityException {
        ByteBuffer buf = ByteBuffer.wrap(blob);
        byte version = buf.get();
        byte[] iv = new byte[12];
        buf.get(iv);
        byte[] ct = new byte[buf.remaining()];
        buf.get(ct);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, version == 2 ? current : previous, new GCMParameterSpec(TAG_BITS, iv));
        return new String(c.doFinal(ct), StandardCharsets.UTF_8);
    }

    public byte[] searchToken(String normalised) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, SEARCH_IV));
        return c.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    }
}
