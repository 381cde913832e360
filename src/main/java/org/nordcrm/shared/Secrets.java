package org.nordcrm.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random secrets (one-time passwords, API tokens) and their one-way hashes. */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();
	// no look-alike characters (0/O, 1/l/I) in passwords people type from a screen
	private static final String READABLE = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private Secrets() {
	}

	public static String readablePassword(int length) {
		var sb = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			sb.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
		}
		return sb.toString();
	}

	public static String urlSafeToken(int bytes) {
		byte[] b = new byte[bytes];
		RANDOM.nextBytes(b);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
	}

	public static String sha256Hex(String value) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
