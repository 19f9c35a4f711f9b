package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The invitation page in a real headless Chromium on a phone-sized screen (390×844), through the gateway: every state
 * (open, accepted, waitlisted, declined, expired, revoked, unknown) in both languages, with only the actions that
 * make sense, the confirmation step, a decline reason that reaches the organizers, the API's reason when an answer is
 * refused, the next steps after accepting, and the language from the invitation, the switch and Accept-Language.
 * Each test works in editions of its own, so the current edition's seats and deadline are never touched.
 */
class RsvpPageIT {
    private static final String VENUE = "Shanghai International Convention Center";
    private static final String VENUE_ZH = "上海国际会议中心";
    private static final Path ROOT =
            Path.of(System.getProperty("summit.root", "..")).toAbsolutePath().normalize();
    private static String organizer;

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
        organizer = Suite.organizerToken();
    }

    /** an OPEN edition of its own: {@code capacity} seats, answers due by {@code deadline} */
    static int edition(int capacity, String deadline) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", "Page test " + UUID.randomUUID().toString().substring(0, 8));
        settings.put("startsAt", "2027-04-10T09:00:00+08:00");
        settings.put("endsAt", "2027-04-10T18:00:00+08:00");
        settings.put("timezone", "Asia/Shanghai");
        settings.put("venue", VENUE);
        settings.put("venueZh", VENUE_ZH);
        settings.put("capacity", capacity);
        settings.put("rsvpDeadline", deadline);
        settings.put("referralQuota", 2);
        settings.put("openConferenceUrl", "https://gotc2023.oschina.net/");
        Map<String, Object> create = new LinkedHashMap<>(settings);
        create.put("year", 2030 + (int) (Math.random() * 60));
        int id = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(create)
                .post("/api/summits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        settings.put("status", "OPEN");
        given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .body(settings)
                .put("/api/summits/" + id)
                .then()
                .statusCode(200);
        return id;
    }

    /** a SENT invitation to that edition: [id, token] */
    static String[] invite(int edition, String name, String locale) {
        var created = given().auth()
                .oauth2(organizer)
                .contentType(ContentType.JSON)
                .queryParam("summit", edition)
                .body("{\"email\": \"page-" + UUID.randomUUID() + "@example.com\", \"fullName\": \"" + name + "\", "
                        + "\"company\": \"Open Corp\", \"locale\": \"" + locale + "\", \"criteria\": [\"EVANGELIST\"]}")
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract();
        return new String[] {created.path("id"), created.path("token")};
    }

    static JsonPath browse(Map<String, Object> scenario) throws Exception {
        Process node = new ProcessBuilder(
                        "node",
                        ROOT.resolve("browser-tests/rsvp-page.mjs").toString(),
                        new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(scenario))
                .start();
        assertTrue(node.waitFor(90, TimeUnit.SECONDS), "the browser check finished");
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, node.exitValue(), redacted(output + errors));
        return JsonPath.from(output);
    }

    /** the RSVP token is the invitee's credential: never in a failure message */
    static String redacted(String text) {
        return text.replaceAll("/rsvp/[A-Za-z0-9_-]{20,}", "/rsvp/<token>");
    }

    /** one part of a report: what the page showed after the answer, or after a reload */
    static JsonPath part(JsonPath report, String name) throws Exception {
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report.getMap(name)));
    }

    /** the page as a browser whose Accept-Language is {@code acceptLanguage} shows it */
    static JsonPath open(String token, String query, String acceptLanguage) throws Exception {
        return browse(Map.of("url", Suite.GATEWAY + "/rsvp/" + token + query, "acceptLanguage", acceptLanguage));
    }

    static void assertState(JsonPath seen, String state, String lang, List<String> buttons) {
        String what = redacted(seen.prettify());
        assertEquals(state, seen.getString("state"), what);
        assertEquals(lang, seen.getString("lang"), what);
        assertEquals(buttons, seen.getList("buttons"), "only the actions that make sense: " + what);
        assertTrue(seen.getBoolean("buttonsInFirstScreen"), "every button within the first screen: " + what);
        assertEquals(1, seen.getList("heading").size(), "one heading shows: " + what);
    }

    @Test
    void anOpenInvitationSpeaksItsLanguageWithASwitchAndAcceptingIsConfirmedAndShowsTheNextSteps() throws Exception {
        int edition = edition(100, "2027-03-20T23:59:00+08:00");
        String[] invitation = invite(edition, "王芳", "zh-CN");
        String token = invitation[1];

        // the invitation's language wins over the browser's; everything in Chinese, venue and time zone included
        JsonPath zh = open(token, "", "en-US");
        assertState(zh, "OPEN", "zh-CN", List.of("accept", "decline"));
        assertEquals(200, zh.getInt("status"));
        assertTrue(zh.getString("heading[0]").startsWith("诚邀您参加"), zh.prettify());
        String text = zh.getString("text");
        assertTrue(text.contains("王芳") && text.contains(VENUE_ZH) && !text.contains(VENUE), text);
        assertTrue(text.contains("2027年4月10日 09:00–18:00") && text.contains("中国标准时间（UTC+08:00）"), text);
        assertTrue(text.contains("2027年3月20日 23:59"), "the deadline: " + text);
        assertEquals("?lang=en", zh.getString("languageSwitch"));

        // the switch: the same invitation in English
        JsonPath en = open(token, "?lang=en", "zh-CN");
        assertState(en, "OPEN", "en", List.of("accept", "decline"));
        assertTrue(en.getString("heading[0]").startsWith("You are invited to"), en.prettify());
        assertTrue(
                en.getString("text").contains("10 April 2027, 09:00–18:00, China Standard Time (UTC+08:00)")
                        && en.getString("text").contains(VENUE),
                en.getString("text"));

        // accepting asks once more, then shows the next steps; a reload shows the same
        JsonPath accepted = browse(Map.of(
                "url",
                Suite.GATEWAY + "/rsvp/" + token,
                "action",
                "accept",
                "screenshot",
                ROOT.resolve("system-tests/target/rsvp-page-accepted.png").toString()));
        assertTrue(accepted.getString("confirmation.text").contains(VENUE_ZH), accepted.prettify());
        assertTrue(accepted.getBoolean("confirmation.withinScreen"), "the confirmation within sight");
        for (String name : List.of("after", "reloaded")) {
            JsonPath seen = part(accepted, name);
            assertState(seen, "ACCEPTED", "zh-CN", List.of("withdraw"));
            assertTrue(seen.getString("heading[0]").startsWith("您已确认参加"), seen.prettify());
            String next = seen.getString("text");
            assertTrue(
                    next.contains("回顾自己的开源项目办公室工作") && next.contains("告诉上司峰会这天和上班一样重要") && next.contains("如何回到这里"),
                    next);
            assertEquals("/api/agenda.ics", seen.getString("calendar"));
        }
        given().get("/api/rsvp/" + token).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        JsonPath acceptedEn = open(token, "?lang=en", "zh-CN");
        assertState(acceptedEn, "ACCEPTED", "en", List.of("withdraw"));
        assertTrue(
                acceptedEn.getString("text").contains("Review your OSPO work")
                        && acceptedEn.getString("text").contains("How to come back"),
                acceptedEn.getString("text"));
    }

    @Test
    void decliningAsksForAReasonWhichReachesTheOrganizersAndTheDeclinedPageKeepsItsLink() throws Exception {
        int edition = edition(100, "2027-03-20T23:59:00+08:00");
        String[] invitation = invite(edition, "Wang Fang", "en");
        String reason = "Travelling to the OSPO meetup in Berlin that week";
        JsonPath declined = browse(Map.of(
                "url",
                Suite.GATEWAY + "/rsvp/" + invitation[1],
                "action",
                "decline",
                "reason",
                reason,
                "acceptLanguage",
                "zh-CN"));
        assertState(declined, "OPEN", "en", List.of("accept", "decline"));
        assertTrue(
                declined.getString("confirmation.text").contains("Your seat goes to someone waiting"),
                declined.prettify());
        assertTrue(
                declined.getBoolean("confirmation.withinScreen"), "the question within sight: " + declined.prettify());
        for (String name : List.of("after", "reloaded")) {
            JsonPath seen = part(declined, name);
            assertState(seen, "DECLINED", "en", List.of());
            assertEquals("https://gotc2023.oschina.net/", seen.getString("openConference"));
        }
        given().auth()
                .oauth2(organizer)
                .get("/api/invitations/" + invitation[0])
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("events.find { it.type == 'DECLINED' }.detail", equalTo(reason));
        JsonPath zh = open(invitation[1], "?lang=zh-CN", "en");
        assertState(zh, "DECLINED", "zh-CN", List.of());
        assertTrue(zh.getString("heading[0]").contains("您已婉拒邀请"), zh.prettify());
    }

    @Test
    void aRefusedAnswerShowsTheApisReasonAndWhereTheInvitationStands() throws Exception {
        int edition = edition(100, "2027-03-20T23:59:00+08:00");
        String token = invite(edition, "李雷", "zh-CN")[1];
        // the invitee declined in another tab meanwhile; this tab then confirms accepting
        JsonPath refused = browse(Map.of(
                "url",
                Suite.GATEWAY + "/rsvp/" + token,
                "action",
                "accept",
                "meanwhile",
                Suite.GATEWAY + "/api/rsvp/" + token + "/decline"));
        assertEquals("DECLINED", refused.getString("after.state"), refused.prettify());
        assertEquals(List.of(), refused.getList("after.buttons"));
        assertTrue(
                refused.getString("after.result").startsWith("未能完成：This invitation was declined"), refused.prettify());
    }

    @Test
    void aFullEditionPutsTheInviteeOnTheWaitingListWhichTheyMayLeave() throws Exception {
        int edition = edition(1, "2027-03-20T23:59:00+08:00");
        given().post("/api/rsvp/" + invite(edition, "First In", "en")[1] + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        String[] waiting = invite(edition, "Second In", "en");
        JsonPath waitlisted = browse(Map.of("url", Suite.GATEWAY + "/rsvp/" + waiting[1], "action", "accept"));
        assertState(part(waitlisted, "after"), "WAITLISTED", "en", List.of("leave-waitlist"));
        assertTrue(waitlisted.getString("after.heading[0]").startsWith("You are on the waiting list"));
        JsonPath zh = open(waiting[1], "?lang=zh-CN", "en");
        assertState(zh, "WAITLISTED", "zh-CN", List.of("leave-waitlist"));
        assertTrue(zh.getString("heading[0]").contains("候补名单"), zh.prettify());
        JsonPath left = browse(Map.of("url", Suite.GATEWAY + "/rsvp/" + waiting[1], "action", "leave-waitlist"));
        assertState(part(left, "after"), "DECLINED", "en", List.of());
    }

    @Test
    void expiredRevokedAndUnknownLinksPointToTheOpenConferenceInEitherLanguage() throws Exception {
        // the deadline passed (the suite's clock reads 2027-02-01)
        int past = edition(100, "2027-01-15T23:59:00+08:00");
        String expired = invite(past, "Late Person", "zh-CN")[1];
        JsonPath zh = open(expired, "", "en");
        assertState(zh, "EXPIRED", "zh-CN", List.of());
        assertEquals(410, zh.getInt("status"));
        assertTrue(zh.getString("heading[0]").contains("回复期限已过"), zh.prettify());
        assertEquals("https://gotc2023.oschina.net/", zh.getString("openConference"));
        JsonPath en = open(expired, "?lang=en", "zh-CN");
        assertState(en, "EXPIRED", "en", List.of());
        assertTrue(en.getString("heading[0]").contains("The time to answer has passed"), en.prettify());

        int edition = edition(100, "2027-03-20T23:59:00+08:00");
        String[] revoked = invite(edition, "Revoked Person", "en");
        given().auth()
                .oauth2(organizer)
                .post("/api/invitations/" + revoked[0] + "/revoke")
                .then()
                .statusCode(200);
        JsonPath gone = open(revoked[1], "", "zh-CN");
        assertState(gone, "REVOKED", "en", List.of());
        assertEquals(410, gone.getInt("status"));
        assertEquals("https://gotc2023.oschina.net/", gone.getString("openConference"));
        assertState(open(revoked[1], "?lang=zh-CN", "en"), "REVOKED", "zh-CN", List.of());

        // no invitation to say: the browser's language decides
        String unknown = "not-a-real-token-not-a-real-token-not-a-real";
        JsonPath english = open(unknown, "", "en-GB,en;q=0.9");
        assertState(english, "UNKNOWN", "en", List.of());
        assertEquals(404, english.getInt("status"));
        assertTrue(english.getString("heading[0]").contains("Invitation not found"));
        JsonPath chinese = open(unknown, "", "zh-TW,zh;q=0.9,en;q=0.5");
        assertState(chinese, "UNKNOWN", "zh-CN", List.of());
        assertTrue(chinese.getString("heading[0]").contains("未找到邀请"));
        assertFalse(chinese.getString("text").contains("null"), chinese.getString("text"));
        given().header("Accept-Language", "en")
                .get("/rsvp/" + unknown)
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .contentType(containsString("text/html"));
    }
}
