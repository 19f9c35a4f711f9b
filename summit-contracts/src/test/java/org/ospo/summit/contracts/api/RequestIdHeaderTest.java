package org.ospo.summit.contracts.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "6f1c2a9e-1d1b-4c55-9d8e-0c0ffee00001", "lb:frontend.42_x"})
    void aSaneIdTheClientSentIsKept(String given) {
        assertEquals(given, RequestIdHeader.keepOrMake(given));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "with space", "<script>", "new\nline", "é"})
    void anythingElseIsReplacedByANewId(String given) {
        String made = RequestIdHeader.keepOrMake(given);
        assertNotEquals(given, made);
        assertEquals(4, UUID.fromString(made).version());
    }

    @Test
    void anIdLongerThanAHundredCharactersIsReplaced() {
        assertNotEquals("a".repeat(101), RequestIdHeader.keepOrMake("a".repeat(101)));
        assertEquals("a".repeat(100), RequestIdHeader.keepOrMake("a".repeat(100)));
    }

    @Test
    void madeIdsAreVersionFourUuidsOfTheIetfVariantAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestIdHeader.make();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString()); // lower case, 36 characters, as before
            seen.add(id);
        }
        assertEquals(100_000, seen.size());
    }
}
