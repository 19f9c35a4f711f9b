package org.ospo.summit.contracts.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A verified token is verified once until it expires; a refused one every time; the memory stays bounded. */
class VerifiedTokenMemoTest {
    /** a "verified token": its expiry */
    private record Token(String value, long exp) {}

    private final AtomicLong now = new AtomicLong(1_000);
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokenMemo<Token> memo = new VerifiedTokenMemo<>(3, Token::exp, now::get);

    private Token verify(String token) {
        verifications.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new IllegalArgumentException("bad signature");
        }
        return new Token(token, 1_060);
    }

    @Test
    void theSameTokenIsVerifiedOnceUntilItExpires() {
        assertEquals("a", memo.verified("a", this::verify).value());
        assertEquals("a", memo.verified("a", this::verify).value());
        assertEquals(1, verifications.get());

        now.set(1_060); // expired: verified again (and the verifier refuses or renews it)
        memo.verified("a", this::verify);
        assertEquals(2, verifications.get());
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThrows(IllegalArgumentException.class, () -> memo.verified("forged", this::verify));
        assertThrows(IllegalArgumentException.class, () -> memo.verified("forged", this::verify));
        assertEquals(2, verifications.get());
        assertEquals(0, memo.size());
    }

    @Test
    void atMostMaxTokensAreKept() {
        for (String t : new String[] {"a", "b", "c", "d", "e"}) {
            memo.verified(t, this::verify);
        }
        assertEquals(2, memo.size(), "full at 3: forgotten at once, then d and e");
        memo.verified("e", this::verify);
        assertEquals(5, verifications.get());
    }
}
