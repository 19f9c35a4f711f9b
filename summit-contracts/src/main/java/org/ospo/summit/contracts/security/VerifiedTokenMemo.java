package org.ospo.summit.contracts.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * Bearer tokens a process has verified, remembered until they expire: the same token again skips the signature
 * check and the claims' parsing (in profiles of one-row reads, the largest single cost of a request). A token not
 * seen before, or seen but now expired, is verified in full by the caller's verifier; a refused one is never
 * remembered. Tokens are kept by their SHA-256 (never the token itself), at most {@code max} at a time; past that
 * all are forgotten at once, which only costs verifications. Used by the services' token parser and the gateway's.
 */
public final class VerifiedTokenMemo<T> {
    /** a verification that may refuse the token */
    @FunctionalInterface
    public interface Verifier<T, E extends Exception> {
        T verify(String token) throws E;
    }

    private final int max;
    private final ToLongFunction<T> expiresAt;
    private final LongSupplier nowSeconds;
    private final Map<String, T> verified = new ConcurrentHashMap<>();

    /** @param expiresAt a verified token's expiry, in epoch seconds */
    public VerifiedTokenMemo(int max, ToLongFunction<T> expiresAt, LongSupplier nowSeconds) {
        this.max = max;
        this.expiresAt = expiresAt;
        this.nowSeconds = nowSeconds;
    }

    public VerifiedTokenMemo(int max, ToLongFunction<T> expiresAt) {
        this(max, expiresAt, () -> System.currentTimeMillis() / 1000);
    }

    public <E extends Exception> T verified(String token, Verifier<T, E> verifier) throws E {
        String key = sha256(token);
        T held = verified.get(key);
        if (held != null && nowSeconds.getAsLong() < expiresAt.applyAsLong(held)) {
            return held;
        }
        T fresh = verifier.verify(token);
        if (verified.size() >= max) {
            verified.clear();
        }
        verified.put(key, fresh);
        return fresh;
    }

    int size() {
        return verified.size();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
