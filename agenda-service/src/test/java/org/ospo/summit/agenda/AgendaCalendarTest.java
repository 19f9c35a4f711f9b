package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ospo.summit.agenda.AgendaDraftAndPublishTest.created;
import static org.ospo.summit.agenda.AgendaDraftAndPublishTest.room;
import static org.ospo.summit.agenda.AgendaDraftAndPublishTest.session;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** The .ics feeds, parsed back with ical4j; ETags; and the events for moved or cancelled sessions. */
@QuarkusTest
class AgendaCalendarTest {

    static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        var validation = calendar.validate();
        assertFalse(validation.hasErrors(), () -> "invalid calendar: " + validation.getEntries());
        assertFalse(text.replace("\r\n", "").contains("\n"), "RFC 5545 lines end with CRLF");
        return calendar;
    }

    static VEvent event(Calendar calendar, String sessionId) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .filter(e -> (sessionId + "@ospo-summit").equals(value(e, "UID")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no VEVENT for " + sessionId));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    static Instant instant(VEvent event, String property) {
        Property p = event.getProperty(property).orElseThrow();
        return Instant.from((Temporal) ((net.fortuna.ical4j.model.property.DateProperty<?>) p).getDate());
    }

    @Test
    void theCalendarKeepsUidsCountsSequencesAndMarksCancellations() throws Exception {
        String hall = room(50);
        String roomName = given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/rooms")
                .then()
                .extract()
                .path("find { it.id == '" + hall + "' }.name");
        String speaker = "Ics " + UUID.randomUUID();
        String stays = created(session("ICS stays", hall, speaker, "10:00", "11:00"));
        String moves = created(session("ICS moves", hall, "Mover " + UUID.randomUUID(), "11:00", "12:00"));
        String goes = created(session("ICS goes", hall, "Goner " + UUID.randomUUID(), "12:00", "13:00"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/agenda/publish")
                .then()
                .statusCode(200);
        UUID me = RegistrationTest.eligible();
        RegistrationTest.register(me, moves).statusCode(201);
        RegistrationTest.register(me, goes).statusCode(201);

        Response first = given().get("/api/agenda.ics");
        first.then().statusCode(200).contentType(startsWith("text/calendar")).header("ETag", startsWith("\"ics-v"));
        Calendar v1 = parse(first.asString());
        VEvent e = event(v1, stays);
        assertEquals("ICS stays", value(e, "SUMMARY"));
        assertEquals(Instant.parse("2027-03-20T02:00:00Z"), instant(e, "DTSTART"));
        assertEquals(Instant.parse("2027-03-20T03:00:00Z"), instant(e, "DTEND"));
        assertEquals(
                "Asia/Shanghai",
                e.getProperty("DTSTART")
                        .orElseThrow()
                        .getParameter("TZID")
                        .map(Parameter::getValue)
                        .orElse(null));
        assertEquals("0", value(e, "SEQUENCE"));
        assertEquals("CONFIRMED", value(e, "STATUS"));
        assertEquals(roomName, value(e, "LOCATION"));
        assertTrue(value(e, "DESCRIPTION").contains("About ICS stays")
                && value(e, "DESCRIPTION").contains(speaker));
        assertEquals("LEGAL,MANAGEMENT", value(e, "CATEGORIES"));
        assertTrue(v1.getComponent("VTIMEZONE").isPresent(), "the zone is described");
        String etag = first.header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/agenda.ics")
                .then()
                .statusCode(304)
                .header("ETag", etag);
        String jsonTag =
                given().get("/api/agenda").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", jsonTag).get("/api/agenda").then().statusCode(304);

        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(session("ICS moves", hall, "Mover " + UUID.randomUUID(), "14:00", "15:00"))
                .put("/api/sessions/" + moves)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.organizer())
                .delete("/api/sessions/" + goes)
                .then()
                .statusCode(204);
        try (TestKafka.Reader out = TestKafka.tail("summit.agenda")) {
            given().auth()
                    .oauth2(TestTokens.organizer())
                    .post("/api/agenda/publish")
                    .then()
                    .statusCode(200);
            var changed = out.await(
                    r -> moves.equals(r.key()) && "session.changed".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertTrue(
                    changed.value().contains(me.toString()) && changed.value().contains("\"previousRoom\""),
                    changed.value());
            var cancelled = out.await(
                    r -> goes.equals(r.key()) && "session.cancelled".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertTrue(cancelled.value().contains(me.toString()), cancelled.value());
        }

        given().header("If-None-Match", etag).get("/api/agenda.ics").then().statusCode(200);
        Calendar v2 = parse(given().get("/api/agenda.ics").asString());
        assertEquals("0", value(event(v2, stays), "SEQUENCE"));
        assertEquals("1", value(event(v2, moves), "SEQUENCE"));
        assertEquals(Instant.parse("2027-03-20T06:00:00Z"), instant(event(v2, moves), "DTSTART"));
        assertEquals("CANCELLED", value(event(v2, goes), "STATUS"));
        assertEquals("1", value(event(v2, goes), "SEQUENCE"));

        Calendar mine = parse(given().auth()
                .oauth2(TestTokens.attendee(me))
                .get("/api/agenda/me.ics")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract()
                .asString());
        List<VEvent> myEvents = mine.getComponents("VEVENT");
        assertEquals(2, myEvents.size());
        assertEquals("CONFIRMED", value(event(mine, moves), "STATUS"));
        assertEquals("CANCELLED", value(event(mine, goes), "STATUS"));
        given().auth()
                .oauth2(TestTokens.attendee(me))
                .get("/api/agenda/me")
                .then()
                .statusCode(200)
                .body("sessions.id", equalTo(List.of(moves)));
        given().get("/api/agenda/me.ics").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/agenda/me.ics")
                .then()
                .statusCode(403);
    }
}
