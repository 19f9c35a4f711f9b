package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two editions side by side, through the gateway and the broker: next year's edition copied from this year's (its
 * rooms come along), the same person invited to and accepted by both (two attendees, each registering only in their
 * own edition), every list per edition, a peer named in this year's next-year form nominated for next year, this
 * year's people invited again, the figures of both side by side, this
 * year closed and read-only everywhere, and next year made current. Leaves this year current and open again.
 */
class EditionsIT {
    private static String organizer;
    private static int thisYear;

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
        organizer = Suite.organizerToken();
        thisYear = given().get("/api/summit").then().statusCode(200).extract().path("id");
    }

    @AfterAll
    static void thisYearCurrentAndOpenAgain() {
        as().post("/api/summits/" + thisYear + "/make-current").then().statusCode(200);
        as().body(settings(thisYear, "OPEN"))
                .put("/api/summits/" + thisYear)
                .then()
                .statusCode(200);
    }

    private static RequestSpecification as() {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON);
    }

    /** An edition's settings as they are, with a status. */
    private static Map<String, Object> settings(int id, String status) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(given().get("/api/summits/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$"));
        body.keySet()
                .retainAll(List.of(
                        "name",
                        "year",
                        "startsAt",
                        "endsAt",
                        "timezone",
                        "venue",
                        "capacity",
                        "rsvpDeadline",
                        "referralQuota",
                        "openConferenceUrl"));
        body.put("status", status);
        return body;
    }

    private static String person(String email) {
        return "{\"email\": \"" + email
                + "\", \"fullName\": \"Lin Tao\", \"company\": \"Open Corp\", \"locale\": \"en\", "
                + "\"criteria\": [\"OSPO_PRACTITIONER\"]}";
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(condition);
    }

    @Test
    void twoEditionsLiveSideBySide() {
        // this year has a room; next year is copied from this year, planned, then opened
        String hall = "Editions hall " + UUID.randomUUID();
        as().body("{\"name\": \"" + hall + "\", \"capacity\": 30}")
                .post("/api/rooms")
                .then()
                .statusCode(201);
        int nextYear = as().body("{\"year\": 2028, \"startsAt\": \"2028-03-18T09:00:00+08:00\", \"endsAt\": "
                        + "\"2028-03-18T18:00:00+08:00\", \"rsvpDeadline\": \"2028-03-04T23:59:00+08:00\", \"copyFrom\": "
                        + thisYear + "}")
                .post("/api/summits")
                .then()
                .statusCode(201)
                .body("status", equalTo("PLANNING"))
                .extract()
                .path("id");
        as().body(settings(nextYear, "OPEN"))
                .put("/api/summits/" + nextYear)
                .then()
                .statusCode(200);
        given().get("/api/summits")
                .then()
                .statusCode(200)
                .body("id", hasItem(nextYear))
                .body("find { it.id == " + nextYear + " }.current", equalTo(false));

        // the same person in both editions: two invitations, two attendees
        String email = "editions-" + UUID.randomUUID() + "@example.com";
        String firstToken = as().body(person(email))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        var second = as().queryParam("summit", nextYear)
                .body(person(email))
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .body("summitId", equalTo(nextYear))
                .extract();
        String first = given().post("/api/rsvp/" + firstToken + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        String later = given().post("/api/rsvp/" + second.path("token") + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        as().get("/api/invitations/" + second.path("id"))
                .then()
                .statusCode(200)
                .body("previousEditions[0].summitId", equalTo(thisYear))
                .body("previousEditions[0].outcome", equalTo("ACCEPTED"));

        // lists per edition, the current one by default
        as().queryParam("summit", nextYear).get("/api/invitations").then().body("items.email", equalTo(List.of(email)));
        as().queryParam("q", email).get("/api/invitations").then().body("items.summitId", equalTo(List.of(thisYear)));
        await(() -> Integer.valueOf(1)
                .equals(as().queryParam("summit", nextYear)
                        .get("/api/attendees")
                        .path("total")));
        as().get("/api/attendees?size=100").then().body("items.summitId", not(hasItem(nextYear)));

        // this year's attendee names a peer in the next-year form: a nomination of next year's edition
        String peer = "named-" + UUID.randomUUID() + "@example.com";
        await(() -> given().auth()
                        .oauth2(first)
                        .contentType(ContentType.JSON)
                        .body("{\"wouldReturn\": true, \"nominate\": [\"" + peer + "\"]}")
                        .put("/api/attendees/me/next-year")
                        .statusCode()
                == 200);
        String named = "items.find { it.email == '" + peer + "' }";
        await(() -> as().queryParam("summit", nextYear).get("/api/referrals").path(named) != null);
        as().queryParam("summit", nextYear)
                .get("/api/referrals")
                .then()
                .body(named + ".status", equalTo("PENDING"))
                .body(named + ".source", equalTo("NEXT_YEAR_FORM"))
                .body(named + ".nominatedIn", equalTo(thisYear))
                .body(named + ".fullName", nullValue());
        as().queryParam("summit", thisYear).get("/api/referrals").then().body("items.email", not(hasItem(peer)));
        as().body("{\"reason\": \"Not this time\"}")
                .post("/api/referrals/"
                        + as().queryParam("summit", nextYear)
                                .get("/api/referrals")
                                .path(named + ".id")
                        + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));

        // next year's agenda: this year's rooms copied, its own draft and version; only its own attendees register
        await(() -> {
            List<String> names =
                    as().queryParam("summit", nextYear).get("/api/rooms").path("name");
            return names != null && names.contains(hall);
        });
        String room = as().queryParam("summit", nextYear)
                .get("/api/rooms")
                .then()
                .extract()
                .path("find { it.name == '" + hall + "' }.id");
        String session = as().body(AgendaSliceIT.session(
                        "Planning 2029 together", room, "MANAGEMENT", "2028-03-18", "10:00", "11:00"))
                .post("/api/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as().queryParam("summit", nextYear)
                .post("/api/agenda/publish")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        given().queryParam("summit", nextYear).get("/api/agenda").then().body("sessions.id", equalTo(List.of(session)));
        given().get("/api/agenda").then().body("sessions.id", not(hasItem(session)));
        await(() -> given().auth()
                        .oauth2(later)
                        .post("/api/sessions/" + session + "/registrations")
                        .statusCode()
                == 201);
        given().auth()
                .oauth2(first)
                .post("/api/sessions/" + session + "/registrations")
                .then()
                .statusCode(404);

        // this year's people invited again: the person is invited already, so nobody new
        as().body("{\"fromSummitId\": " + thisYear + ", \"attended\": true}")
                .post("/api/summits/" + nextYear + "/invitations/from-previous")
                .then()
                .statusCode(200)
                .body("rows.find { it.email == '" + email + "' }.outcome", equalTo("ALREADY_INVITED"));

        // the figures side by side
        await(() -> Integer.valueOf(1)
                .equals(as().get("/api/summits/" + nextYear + "/stats").path("figures.agenda.registrations")));
        as().get("/api/summits/" + nextYear + "/stats")
                .then()
                .statusCode(200)
                .body("edition.id", equalTo(nextYear))
                .body("figures.invitations.byStatus.ACCEPTED", equalTo(1))
                .body("figures.invitations.acceptanceRate", equalTo(1.0f))
                .body("figures.attendees.total", equalTo(1))
                .body("figures.agenda.version", equalTo(1))
                .body("previous.edition.id", equalTo(thisYear))
                .body("previous.figures.invitations.summitId", equalTo(thisYear))
                .body("unavailable", equalTo(List.of()));
        given().get("/api/summits/" + nextYear + "/stats").then().statusCode(401);
        given().auth()
                .oauth2(first)
                .get("/api/summits/" + nextYear + "/stats")
                .then()
                .statusCode(403);
        as().get("/api/summits/99999/stats").then().statusCode(404);

        // this year closes: read-only in every service, each refusal naming the edition
        as().body(settings(thisYear, "CLOSED"))
                .put("/api/summits/" + thisYear)
                .then()
                .statusCode(200);
        as().body(person("late-" + UUID.randomUUID() + "@example.com"))
                .post("/api/invitations")
                .then()
                .statusCode(409)
                .body("type", endsWith("edition-read-only"))
                .body("summitId", equalTo(thisYear));
        await(() -> given().auth()
                        .oauth2(first)
                        .contentType(ContentType.JSON)
                        .body("{\"topics\": [\"LEGAL\"]}")
                        .put("/api/attendees/me/preparation")
                        .statusCode()
                == 409);
        await(() -> as().body("{\"name\": \"Late room " + UUID.randomUUID() + "\", \"capacity\": 5}")
                        .queryParam("summit", thisYear)
                        .post("/api/rooms")
                        .statusCode()
                == 409);
        as().queryParam("summit", thisYear)
                .post("/api/agenda/publish")
                .then()
                .statusCode(409)
                .body(
                        "edition",
                        equalTo(given().get("/api/summits/" + thisYear).path("name") + " "
                                + given().get("/api/summits/" + thisYear).path("year") + " (#" + thisYear + ")"));

        // next year becomes current: /api/summit, the public agenda and the default lists follow
        as().post("/api/summits/" + nextYear + "/make-current").then().statusCode(200);
        given().get("/api/summit").then().body("id", equalTo(nextYear)).body("year", equalTo(2028));
        await(() -> List.of(session).equals(given().get("/api/agenda").path("sessions.id")));
        await(() -> List.of(nextYear).equals(as().get("/api/attendees").path("items.summitId")));
        given().get("/api/summits")
                .then()
                .body("find { it.id == " + thisYear + " }.current", equalTo(false))
                .body("find { it.id == " + thisYear + " }.status", equalTo("CLOSED"));
        as().get("/api/summits/" + thisYear + "/stats")
                .then()
                .statusCode(200)
                .body("edition.status", equalTo("CLOSED"));
        given().get("/api/summits/999").then().statusCode(404).body("status", equalTo(404));
        given().get("/api/summits/" + thisYear).then().body("copiedFrom", nullValue());
    }
}
