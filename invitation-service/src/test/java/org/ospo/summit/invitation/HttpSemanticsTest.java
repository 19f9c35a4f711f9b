package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * HTTP as a frontend team relies on it: entity tags on reads (304 for If-None-Match), If-Match on PUT (412 when
 * stale, nothing saved), paged lists with Link and a validated sort, one date-time format, a requestId in every
 * problem, compression above the threshold.
 */
@QuarkusTest
class HttpSemanticsTest {
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2027-03-06T23:59:00+08:00");
    private static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+08:00";

    @AfterEach
    void roomy() {
        SummitSettings.roomy();
    }

    @Test
    void aReadAnswersItsTagAndA304WhileItIsCurrent() {
        String tag = given().get("/api/summit").then().statusCode(200).extract().header("ETag");
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}\""), tag);
        given().header("If-None-Match", tag)
                .get("/api/summit")
                .then()
                .statusCode(304)
                .header("ETag", tag)
                .body(emptyString());
        given().header("If-None-Match", "W/" + tag).get("/api/summit").then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"")
                .get("/api/summit")
                .then()
                .statusCode(200)
                .header("ETag", tag);
        // an organizer's single-resource read too
        String id = Invitations.create(Invitations.uniqueEmail())
                .statusCode(201)
                .extract()
                .path("id");
        String invitation = given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestTokens.organizer())
                .header("If-None-Match", invitation)
                .get("/api/invitations/" + id)
                .then()
                .statusCode(304);
    }

    @Test
    void aPutWithAStaleTagIsRefusedAndSavesNothing() {
        String before =
                given().get("/api/summit").then().statusCode(200).extract().header("ETag");
        // another organizer saves first
        String theirs =
                put(SummitSettings.ROOMY - 1, before).statusCode(200).extract().header("ETag");
        assertNotEquals(before, theirs);
        assertEquals(
                theirs,
                given().get("/api/summit").then().extract().header("ETag"),
                "the ETag of a PUT's answer is the one the next read gives");
        // this organizer still holds the old tag
        put(SummitSettings.ROOMY - 2, before)
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"))
                .body("currentETag", equalTo(theirs))
                .body("requestId", notNullValue());
        given().get("/api/summit").then().body("capacity", equalTo(SummitSettings.ROOMY - 1));
        // with the current tag, or * (any), or none at all (last write wins) the change is saved
        put(SummitSettings.ROOMY - 2, theirs).statusCode(200).body("capacity", equalTo(SummitSettings.ROOMY - 2));
        put(SummitSettings.ROOMY - 3, "*").statusCode(200);
        put(SummitSettings.ROOMY - 4, null).statusCode(200);
        put(
                        SummitSettings.ROOMY - 5,
                        "W/" + given().get("/api/summit").then().extract().header("ETag"))
                .statusCode(412); // If-Match compares strongly: a weak tag never matches
    }

    @Test
    void listsLinkTheirNeighboursAndSortAsAsked() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = "Sort " + UUID.randomUUID();
            names.add(name);
            given().auth()
                    .oauth2(TestTokens.organizer())
                    .contentType(ContentType.JSON)
                    .body(Json.with(Invitations.body(Invitations.uniqueEmail()), "fullName", name))
                    .post("/api/invitations")
                    .then()
                    .statusCode(201);
        }
        var page = given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("q", "Sort ")
                .queryParam("sort", "NAME")
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/invitations")
                .then()
                .statusCode(200);
        String link = page.extract().header("Link");
        assertTrue(
                link.contains("</api/invitations?q=Sort+&sort=NAME&size=1&page=0>; rel=\"first\"")
                        || link.contains("</api/invitations?q=Sort%20&sort=NAME&size=1&page=0>; rel=\"first\""),
                link);
        assertTrue(link.contains("page=0>; rel=\"prev\"") && link.contains("page=2>; rel=\"next\""), link);
        assertTrue(link.contains("rel=\"last\""), link);

        List<String> sorted = given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("q", "Sort ")
                .queryParam("sort", "NAME")
                .queryParam("size", 100)
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.fullName", String.class);
        List<String> expected = new ArrayList<>(sorted);
        expected.sort(Comparator.naturalOrder());
        assertEquals(expected, sorted);
        assertTrue(sorted.containsAll(names));

        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("sort", "name")
                .get("/api/invitations")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"))
                .body("violations[0].message", containsString("NEWEST"));
        given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("sort", "-createdAt")
                .get("/api/referrals")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void everyDateTimeHasTheSummitOffsetAndMilliseconds() {
        String id = Invitations.create(Invitations.uniqueEmail())
                .statusCode(201)
                .body("createdAt", matchesPattern(DATE_TIME))
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200)
                .body("createdAt", matchesPattern(DATE_TIME))
                .body("updatedAt", matchesPattern(DATE_TIME))
                .body("events[0].at", matchesPattern(DATE_TIME));
        given().get("/api/summit")
                .then()
                .body("startsAt", matchesPattern(DATE_TIME))
                .body("rsvpDeadline", equalTo("2027-03-06T23:59:00.000+08:00"));
    }

    @Test
    void everyProblemNamesItsRequest() {
        given().header("X-Request-Id", "frontend-42")
                .auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("X-Request-Id", "frontend-42")
                .body("requestId", equalTo("frontend-42"));
        var unnamed = given().get("/api/no-such-thing").then().statusCode(404).extract();
        assertEquals(unnamed.header("X-Request-Id"), unnamed.path("requestId"));
        given().header("X-Request-Id", "not sane!")
                .contentType(ContentType.JSON)
                .body("{")
                .auth()
                .oauth2(TestTokens.organizer())
                .post("/api/invitations")
                .then()
                .statusCode(400)
                .body("requestId", not(equalTo("not sane!")))
                .body("requestId", notNullValue());
    }

    @Test
    void largeAnswersAreCompressedSmallOnesAreNot() {
        for (int i = 0; i < 8; i++) {
            Invitations.create(Invitations.uniqueEmail()).statusCode(201);
        }
        given().auth()
                .oauth2(TestTokens.organizer())
                .header("Accept-Encoding", "gzip")
                .queryParam("size", 20)
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .header("Content-Encoding", "gzip")
                .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(8));
        given().header("Accept-Encoding", "gzip")
                .get("/api/summit")
                .then()
                .statusCode(200)
                .header("Content-Encoding", nullValue())
                .body("timezone", equalTo("Asia/Shanghai"));
    }

    private static io.restassured.response.ValidatableResponse put(int capacity, String ifMatch) {
        var request = given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(SummitSettings.body(capacity, DEADLINE));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/api/summit").then();
    }
}
