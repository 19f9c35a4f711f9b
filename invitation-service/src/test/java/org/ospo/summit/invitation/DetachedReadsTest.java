package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * The invitee's and the organizer's hot reads (the RSVP view, an invitation's detail) read their rows on the reactive
 * client into detached entities; the edition and the invitation list are read through Hibernate. Both show the same.
 */
@QuarkusTest
class DetachedReadsTest {
    private static final String DATABASE = "summit_invitation_test";

    @Test
    void theRsvpViewShowsTheEditionAsTheEditionsOwnReadDoes() {
        String token = Invitations.sentToken();
        Map<String, Object> shown = given().get("/api/rsvp/" + token)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("summit");
        Map<String, Object> edition = given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/summits/" + shown.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
        assertEquals(edition, shown);
    }

    @Test
    void anInvitationsDetailShowsWhatTheListShows() {
        String email = Invitations.uniqueEmail();
        String id = Invitations.create(email).statusCode(201).extract().path("id");
        Map<String, Object> listed = given().auth()
                .oauth2(TestTokens.organizer())
                .queryParam("q", email)
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items[0]");
        var detail = given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertFalse(listed.isEmpty());
        listed.forEach((field, value) -> assertEquals(value, detail.get(field), field));
        assertEquals(List.of("CREATED", "SENT"), detail.getList("events.type"));
        assertEquals(List.of(), detail.getList("previousEditions"));
    }

    @Test
    void anInvitationsHistoryIsShownAsItsRowsHoldIt() throws Exception {
        String id = Invitations.create(Invitations.uniqueEmail())
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.organizer())
                .post("/api/invitations/" + id + "/revoke")
                .then()
                .statusCode(200);
        var events = given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                TestDb.column(
                        DATABASE,
                        "select type from invitation_history where invitation_id = ?::uuid " + "order by id",
                        id),
                events.getList("events.type"));
        assertEquals(
                TestDb.column(
                        DATABASE,
                        "select coalesce(detail, '-') from invitation_history "
                                + "where invitation_id = ?::uuid order by id",
                        id),
                events.getList("events.detail").stream()
                        .map(detail -> detail == null ? "-" : detail)
                        .toList());
        assertEquals(List.of("CREATED", "SENT", "REVOKED"), events.getList("events.type"));
        assertEquals("was SENT", events.getString("events[2].detail"));
        List<String> times = events.getList("events.at");
        assertEquals(
                TestDb.count(DATABASE, "select count(*) from invitation_history where invitation_id = ?::uuid", id),
                times.size());
        assertEquals(
                times.stream().map(OffsetDateTime::parse).sorted().toList(),
                times.stream().map(OffsetDateTime::parse).toList(),
                "oldest first");
    }
}
