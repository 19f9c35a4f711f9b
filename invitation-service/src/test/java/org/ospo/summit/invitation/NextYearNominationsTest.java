package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;

/**
 * Peers named in the next-year form, through the broker (attendee.next-year-answered, as attendee-service sends it):
 * they wait in the attendee's edition, become PENDING nominations of the edition after it once that is created, a
 * later answer replaces those still waiting, a withdrawn nominator's go away, the person is named when an earlier
 * invitation knows them, the organizer names them otherwise on approval, they do not use up the nominator's own
 * quota, and an erasure forgets them. Its editions (2040, 2041) are its own; runs beside {@link EditionsTest} on the
 * same clean database.
 */
@QuarkusTest
@TestProfile(EditionsTest.OwnDatabase.class)
class NextYearNominationsTest {
    private static final String DB = "summit_invitation_test";

    private record Attendee(String id, String invitationId, String token, String accessToken) {}

    @Test
    void namedPeersBecomeNominationsForTheNextEdition() throws Exception {
        int thisYear = createEdition(2040);
        EditionsTest.organizer()
                .body(EditionsTest.settings(2040, "2040-03-17", "OPEN"))
                .put("/api/summits/" + thisYear)
                .then()
                .statusCode(200);
        Attendee ann = accepted(thisYear);
        Attendee bo = accepted(thisYear);
        Attendee cy = accepted(thisYear);
        // someone invited before (to the first edition): named, they are known by name
        String known = Invitations.uniqueEmail();
        EditionsTest.invite(known, null, false);
        String dropped = Invitations.uniqueEmail();
        String kept = Invitations.uniqueEmail();
        String added = Invitations.uniqueEmail();

        answer(ann, thisYear, "2040-03-18T10:00:00+08:00", known.toUpperCase(), dropped, kept);
        answer(cy, thisYear, "2040-03-18T10:00:00+08:00", Invitations.uniqueEmail());
        await(() -> waiting(ann) == 3 && waiting(cy) == 1);
        // a later answer replaces the waiting ones; an earlier one delivered late changes nothing
        answer(ann, thisYear, "2040-03-19T10:00:00+08:00", known, kept, added);
        answer(ann, thisYear, "2040-03-18T12:00:00+08:00", dropped);
        await(() -> waiting(ann) == 3
                && TestDb.count(DB, "select count(*) from next_year_nomination where email = ?", dropped) == 0);
        assertEquals(1, TestDb.count(DB, "select count(*) from next_year_nomination where email = ?", added));
        // Cy withdraws: their nominations go with them
        given().post("/api/rsvp/" + cy.token() + "/decline").then().statusCode(200);

        // next year's edition is created: Ann's peers are its nominations, nothing of Cy's
        int nextYear;
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            nextYear = createEdition(2041);
            List<String> submitted = reader
                    .all(r -> "referral.submitted".equals(TestKafka.header(r, "ce_type")), Duration.ofSeconds(5))
                    .stream()
                    .map(r -> r.value())
                    .toList();
            assertEquals(3, submitted.size(), submitted.toString());
            assertTrue(
                    submitted.stream()
                            .allMatch(e -> e.contains("\"source\":\"NEXT_YEAR_FORM\"")
                                    && e.contains("\"nominatedIn\":" + thisYear)
                                    && e.contains("\"summitId\":" + nextYear)),
                    submitted.toString());
        }
        assertEquals(0, waiting(ann));
        assertEquals(0, waiting(cy));
        var referrals = EditionsTest.organizer()
                .queryParam("summit", nextYear)
                .get("/api/referrals")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.email", containsInAnyOrder(known, kept, added))
                .body("items.status", everyItem("PENDING"))
                .body("items.source", everyItem("NEXT_YEAR_FORM"))
                .body("items.nominatedIn", everyItem(thisYear))
                .body("items.referrerAttendeeId", everyItem(ann.id()))
                .body("items.find { it.email == '" + known + "' }.fullName", equalTo("李雷"))
                .body("items.find { it.email == '" + known + "' }.company", equalTo("Example Tech"))
                .body("items.find { it.email == '" + kept + "' }.fullName", nullValue())
                .body("items.find { it.email == '" + kept + "' }.reason", nullValue())
                .body("items.find { it.email == '" + kept + "' }.duplicate", nullValue())
                .extract();

        // once the edition exists, an answer goes on at once, and marks who is already invited or nominated
        String invitedAlready = Invitations.uniqueEmail();
        EditionsTest.invite(invitedAlready, nextYear, false);
        answer(bo, thisYear, "2040-03-19T11:00:00+08:00", kept, invitedAlready);
        await(() -> Integer.valueOf(5)
                .equals(EditionsTest.organizer()
                        .queryParam("summit", nextYear)
                        .get("/api/referrals")
                        .path("total")));
        EditionsTest.organizer()
                .queryParam("summit", nextYear)
                .queryParam("size", 50)
                .get("/api/referrals")
                .then()
                .body(
                        "items.find { it.email == '" + kept + "' && it.referrerAttendeeId == '" + bo.id()
                                + "' }.duplicate",
                        equalTo("ALREADY_NOMINATED"))
                .body("items.find { it.email == '" + invitedAlready + "' }.duplicate", equalTo("ALREADY_INVITED"));
        // Ann answers again: only the new name is carried, nobody twice
        String late = Invitations.uniqueEmail();
        answer(ann, thisYear, "2040-03-20T10:00:00+08:00", known, kept, added, late);
        await(() -> Integer.valueOf(6)
                .equals(EditionsTest.organizer()
                        .queryParam("summit", nextYear)
                        .get("/api/referrals")
                        .path("total")));
        assertEquals(1, TestDb.count(DB, "select count(*) from referral where email_normalized = ?", known));

        // approval: a person known by name is invited as they are; one named only by email needs a name
        String knownReferral = referrals.path("items.find { it.email == '" + known + "' }.id");
        String keptReferral = referrals.path("items.find { it.email == '" + kept + "' }.id");
        EditionsTest.organizer()
                .post("/api/referrals/" + keptReferral + "/approve")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("fullName"));
        String invitation = EditionsTest.organizer()
                .body("{\"fullName\": \"韩梅梅\", \"company\": \"Example Cloud\"}")
                .post("/api/referrals/" + keptReferral + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .extract()
                .path("invitationId");
        EditionsTest.organizer()
                .get("/api/invitations/" + invitation)
                .then()
                .statusCode(200)
                .body("summitId", equalTo(nextYear))
                .body("fullName", equalTo("韩梅梅"))
                .body("company", equalTo("Example Cloud"))
                .body("status", equalTo("DRAFT"))
                .body("note", equalTo("Nominated in the next-year form of edition #" + thisYear));
        EditionsTest.organizer()
                .post("/api/referrals/" + knownReferral + "/approve")
                .then()
                .statusCode(200)
                .body("fullName", equalTo("李雷"));

        // Ann's own quota this year is untouched by what her form did for next year
        given().auth()
                .oauth2(ann.accessToken())
                .contentType(ContentType.JSON)
                .body(ReferralResourceTest.nomination(Invitations.uniqueEmail()))
                .post("/api/referrals")
                .then()
                .statusCode(201)
                .body("source", equalTo("PEER"))
                .body("summitId", equalTo(thisYear));

        // Bo is erased: what his form named is forgotten
        TestKafka.sendCloudEvent(
                "summit.attendees",
                bo.id(),
                UUID.randomUUID().toString(),
                "attendee.erased",
                "{\"attendeeId\": \"" + bo.id() + "\", \"summitId\": " + thisYear + ", \"invitationId\": \""
                        + bo.invitationId() + "\", \"erasedAt\": \"2040-04-01T10:00:00+08:00\"}");
        await(() -> TestDb.count(
                        DB, "select count(*) from next_year_nomination where referrer_attendee_id = ?::uuid", bo.id())
                == 0);
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItem(Object value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    private static int createEdition(int year) {
        return EditionsTest.organizer()
                .body(EditionsTest.edition(year))
                .post("/api/summits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Attendee accepted(int summit) {
        String email = Invitations.uniqueEmail();
        String token = EditionsTest.invite(email, summit, true);
        var accepted = given().post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .extract();
        String invitation = EditionsTest.organizer()
                .queryParam("summit", summit)
                .queryParam("q", email)
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        return new Attendee(accepted.path("attendeeId"), invitation, token, accepted.path("accessToken"));
    }

    /** attendee.next-year-answered as attendee-service sends it (its emails lower case) */
    private static void answer(Attendee by, int summit, String at, String... nominees) {
        String list = String.join(
                ", ",
                java.util.Arrays.stream(nominees).map(e -> "\"" + e + "\"").toList());
        TestKafka.sendCloudEvent(
                "summit.attendees",
                by.id(),
                UUID.randomUUID().toString(),
                "attendee.next-year-answered",
                "{\"attendeeId\": \"" + by.id() + "\", \"summitId\": " + summit + ", \"wouldReturn\": true, "
                        + "\"volunteerFor\": [], \"suggestedTopics\": [], \"nominees\": [" + list
                        + "], \"answeredAt\": \"" + at + "\"}");
    }

    private static long waiting(Attendee by) throws Exception {
        return TestDb.count(
                DB,
                "select count(*) from next_year_nomination where referrer_attendee_id = ?::uuid and referral_id is null",
                by.id());
    }

    private static void await(Callable<Boolean> condition) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(condition);
    }
}
