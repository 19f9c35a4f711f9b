package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The invitee's and the organizer's hot reads (the RSVP view, an invitation's detail) read their rows on the reactive
 * client into detached entities; the edition and the invitation list are read through Hibernate. Both show the same.
 */
@QuarkusTest
class DetachedReadsTest {

    @Test
    void theRsvpViewShowsTheEditionAsTheEditionsOwnReadDoes() {
        String token = Invitations.sentToken();
        Map<String, Object> shown = given().get("/api/rsvp/" + token).then().statusCode(200).extract().jsonPath()
                .getMap("summit");
        Map<String, Object> edition = given().auth().oauth2(TestTokens.organizer()).get("/api/summits/" + shown.get("id"))
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals(edition, shown);
    }

    @Test
    void anInvitationsDetailShowsWhatTheListShows() {
        String email = Invitations.uniqueEmail();
        String id = Invitations.create(email).statusCode(201).extract().path("id");
        Map<String, Object> listed = given().auth().oauth2(TestTokens.organizer()).queryParam("q", email)
                .get("/api/invitations").then().statusCode(200).extract().jsonPath().getMap("items[0]");
        var detail = given().auth().oauth2(TestTokens.organizer()).get("/api/invitations/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertFalse(listed.isEmpty());
        listed.forEach((field, value) -> assertEquals(value, detail.get(field), field));
        assertEquals(List.of("CREATED", "SENT"), detail.getList("events.type"));
        assertEquals(List.of(), detail.getList("previousEditions"));
    }
}
