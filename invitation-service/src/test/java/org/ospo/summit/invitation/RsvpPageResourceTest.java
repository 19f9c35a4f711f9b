package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The invitation page as the service renders it (the browser drives it in the system tests, RsvpPageIT): the state
 * the invitation is in, its language with a switch, Accept-Language where no invitation says, the deadline.
 */
@QuarkusTest
class RsvpPageResourceTest {
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2027-03-06T23:59:00+08:00");

    @Inject
    SummitClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
        SummitSettings.roomy();
    }

    @Test
    void anOpenInvitationInChineseWithTheVenueAndZoneInChineseAndASwitchToEnglish() {
        String token = Invitations.sentToken(); // zh-CN
        given().header("Accept-Language", "en")
                .get("/rsvp/" + token)
                .then()
                .statusCode(200)
                .header("Content-Language", "zh-CN")
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("data-state=\"OPEN\""))
                .body(containsString("诚邀您参加"))
                .body(containsString("上海"))
                .body(containsString("中国标准时间（UTC+08:00）"))
                .body(containsString("2027年3月6日 23:59"))
                .body(containsString("href=\"?lang=en\""));
        given().queryParam("lang", "en")
                .get("/rsvp/" + token)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body(containsString("You are invited to"))
                .body(containsString("China Standard Time (UTC+08:00)"))
                .body(containsString("6 March 2027, 23:59"))
                .body(containsString(">Shanghai<"));
    }

    @Test
    void eachStateOffersOnlyItsActions() {
        String token = Invitations.sentToken();
        given().post("/api/rsvp/" + token + "/accept").then().statusCode(200);
        given().get("/rsvp/" + token)
                .then()
                .statusCode(200)
                .body(containsString("data-state=\"ACCEPTED\""))
                .body(containsString("<section data-state=\"ACCEPTED\">"))
                .body(containsString("<section data-state=\"OPEN\" hidden>"))
                .body(containsString("id=\"withdraw\""))
                .body(containsString("href=\"/api/agenda.ics\""));
        given().post("/api/rsvp/" + token + "/decline").then().statusCode(200);
        given().get("/rsvp/" + token)
                .then()
                .statusCode(200)
                .body(containsString("<section data-state=\"DECLINED\">"))
                .body(containsString("class=\"open-conference\" href=\"https://gotc2023.oschina.net/\""));
    }

    @Test
    void afterTheDeadlineTheLinkLeadsToTheOpenConference() {
        String token = Invitations.sentToken();
        clock.travelTo(DEADLINE.plusSeconds(1).toInstant());
        given().get("/rsvp/" + token)
                .then()
                .statusCode(410)
                .header("Cache-Control", equalTo("no-store"))
                .body(containsString("<section data-state=\"EXPIRED\">"))
                .body(containsString("回复期限已过"))
                .body(not(containsString("id=\"accept\"")));
    }

    @Test
    void withoutAnInvitationTheBrowsersLanguageDecides() {
        given().header("Accept-Language", "en-US,en;q=0.9")
                .get("/rsvp/unknown-token")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .body(containsString("Invitation not found"));
        given().header("Accept-Language", "zh-TW,zh;q=0.9")
                .get("/rsvp/unknown-token")
                .then()
                .statusCode(404)
                .header("Content-Language", "zh-CN")
                .body(containsString("未找到邀请"));
        given().get("/rsvp/unknown-token").then().statusCode(404).header("Content-Language", "zh-CN");
    }
}
