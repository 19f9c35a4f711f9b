package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** The invitation page in a real headless Chromium, through the gateway: open it, click Accept, see the confirmation. */
class RsvpPageIT {
    private static String organizer;

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
        organizer = given().contentType(ContentType.JSON)
                .body("{\"username\": \"organizer\", \"password\": \"summit-local\"}")
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
    }

    static String invite(String name, String locale) {
        return given().auth().oauth2(organizer).contentType(ContentType.JSON)
                .body("{\"email\": \"page-" + UUID.randomUUID() + "@example.com\", \"fullName\": \"" + name + "\", "
                        + "\"company\": \"Open Corp\", \"locale\": \"" + locale + "\", \"criteria\": [\"EVANGELIST\"]}")
                .post("/api/invitations").then().statusCode(201).extract().path("token");
    }

    @Test
    void anInviteeOpensTheLetterClicksAcceptAndSeesTheConfirmation() throws Exception {
        String token = invite("王芳", "zh-CN");
        Path root = Path.of(System.getProperty("summit.root", "..")).toAbsolutePath().normalize();
        Path screenshot = root.resolve("system-tests/target/rsvp-page.png");
        Process node = new ProcessBuilder("node", root.resolve("browser-tests/rsvp-page.mjs").toString(),
                Suite.GATEWAY + "/rsvp/" + token, "王芳", screenshot.toString()).redirectErrorStream(true).start();
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the browser check finished");
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.exitValue(), output);
        assertTrue(output.contains("\"status\":200"), output);
        assertTrue(output.contains("诚邀您参加"), "the letter in Chinese: " + output);
        assertTrue(output.contains("已确认"), "the confirmation: " + output);
        given().get("/api/rsvp/" + token).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void anEnglishInviteeGetsTheEnglishLetter() {
        String token = invite("Wang Fang", "en");
        given().get("/rsvp/" + token).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("You are invited to")).body(containsString("Dear Wang Fang"));
    }

    @Test
    void aRevokedLinkPointsToTheOpenConference() {
        String token = invite("Revoked Person", "en");
        String id = given().get("/api/rsvp/" + token).then().statusCode(200).extract().path("invitee.fullName");
        assertEquals("Revoked Person", id);
        String invitationId = given().auth().oauth2(organizer).queryParam("q", "Revoked Person").queryParam("size", 1)
                .get("/api/invitations").then().extract().path("items[0].id");
        given().auth().oauth2(organizer).post("/api/invitations/" + invitationId + "/revoke").then().statusCode(200);
        given().get("/rsvp/" + token).then().statusCode(410).contentType(containsString("text/html"))
                .body(containsString("open-conference")).body(containsString("https://gotc2023.oschina.net/"));
        given().get("/rsvp/not-a-real-token-not-a-real-token-not-a-real").then().statusCode(404)
                .contentType(containsString("text/html"));
    }
}
