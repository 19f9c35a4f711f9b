package org.ospo.summit.contracts.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The suite's entity tags: the first 128 bits of the SHA-256 of the representation's bytes, base64url, quoted
 * ({@code "q1w2e3…"}, 22 characters inside). The services tag their JSON as they write it, the gateway its own
 * answers; a client compares them as opaque strings.
 */
public final class EntityTag {
    private EntityTag() {}

    public static String of(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** If-Match names {@code tag} (strong comparison, RFC 9110 13.1.1: a weak tag never matches) or is {@code *} */
    public static boolean matchHits(String ifMatch, String tag) {
        for (String given : ifMatch.split(",")) {
            String candidate = given.trim();
            if (candidate.equals("*") || candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** If-None-Match names {@code tag} (weak comparison, RFC 9110 13.1.2) or is {@code *} */
    public static boolean noneMatchHits(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String given : ifNoneMatch.split(",")) {
            String candidate = given.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
