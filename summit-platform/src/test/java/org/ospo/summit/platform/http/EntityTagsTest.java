package org.ospo.summit.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.ospo.summit.contracts.api.EntityTag;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.problem.ProblemException;

/** Tags follow what the client sees; If-Match compares strongly, If-None-Match weakly. */
class EntityTagsTest {
    record Session(String title, OffsetDateTime startsAt) {}

    private final EntityTags tags =
            new EntityTags(new ApiJson(new ObjectMapper().findAndRegisterModules(), ZoneId.of("Asia/Shanghai")));

    @Test
    void theTagChangesExactlyWhenTheRepresentationDoes() {
        Session a = new Session("Legal roundtable", OffsetDateTime.parse("2027-03-20T06:00:00Z"));
        String tag = tags.of(a);
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}\""), tag);
        assertEquals(
                tag,
                tags.of(new Session("Legal roundtable", OffsetDateTime.parse("2027-03-20T14:00:00+08:00"))),
                "the same instant is written the same way, so it is the same representation");
        assertEquals(
                tag,
                tags.of(new Session("Legal roundtable", OffsetDateTime.parse("2027-03-20T06:00:00.000400Z"))),
                "below the milliseconds the API writes, nothing a client could see changed");
        assertNotEquals(tag, tags.of(new Session("Legal round table", a.startsAt())));
    }

    @Test
    void ifMatchPassesForTheCurrentTagAStarOrNoHeader() {
        Session s = new Session("x", OffsetDateTime.parse("2027-03-20T06:00:00Z"));
        assertDoesNotThrow(() -> tags.requireCurrent(null, s));
        assertDoesNotThrow(() -> tags.requireCurrent("", s));
        assertDoesNotThrow(() -> tags.requireCurrent("*", s));
        assertDoesNotThrow(() -> tags.requireCurrent("\"old\", " + tags.of(s), s));
        ProblemException stale = assertThrows(ProblemException.class, () -> tags.requireCurrent("\"old\"", s));
        assertEquals(412, stale.status());
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
        assertEquals(tags.of(s), stale.toProblem(null).getExtensions().get(EntityTags.CURRENT_ETAG));
        assertThrows(ProblemException.class, () -> tags.requireCurrent("W/" + tags.of(s), s));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTag.noneMatchHits("\"a\"", "\"a\""));
        assertTrue(EntityTag.noneMatchHits("W/\"a\"", "\"a\""));
        assertTrue(EntityTag.noneMatchHits("\"b\", W/\"a\"", "\"a\""));
        assertTrue(EntityTag.noneMatchHits("*", "\"a\""));
        assertFalse(EntityTag.noneMatchHits("\"b\"", "\"a\""));
        assertFalse(EntityTag.noneMatchHits(null, "\"a\""));
    }
}
