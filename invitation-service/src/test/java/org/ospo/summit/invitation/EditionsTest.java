package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * Editions side by side in invitation-service: a new edition copied from the first, the same person invited to
 * both, lists and figures per edition, a seat in each, the person's earlier edition on their invitation, a past
 * edition read-only (409 naming it), one current edition at a time, announced. Runs on its own clean database (a
 * profile of its own), and leaves the first edition current and open for the agenda tests that read the topic later.
 */
@QuarkusTest
@TestProfile(EditionsTest.OwnDatabase.class)
class EditionsTest {
    static final String NEXT_YEAR = edition(2028);

    /** a new edition in {@code year}: one day in March, RSVP two weeks before, settings copied from edition 1 */
    static String edition(int year) {
        return "{\"year\": " + year + ", \"startsAt\": \"" + year + "-03-18T09:00:00+08:00\", \"endsAt\": \"" + year
                + "-03-18T18:00:00+08:00\", \"rsvpDeadline\": \"" + year + "-03-04T23:59:00+08:00\", \"copyFrom\": 1}";
    }

    public static class OwnDatabase implements QuarkusTestProfile {}

    static RequestSpecification organizer() {
        return given().auth().oauth2(TestTokens.organizer()).contentType(ContentType.JSON);
    }

    private static int newEdition() {
        var created = organizer()
                .body(NEXT_YEAR)
                .post("/api/summits")
                .then()
                .statusCode(201)
                .extract();
        int id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/summits/" + id), created.header("Location"));
        return id;
    }

    static String settings(int year, String day, String status) {
        return "{\"name\": \"OSPO Summit · 开源项目办公室峰会\", \"year\": " + year + ", \"startsAt\": \"" + day
                + "T09:00:00+08:00\", \"endsAt\": \"" + day + "T18:00:00+08:00\", \"timezone\": \"Asia/Shanghai\", "
                + "\"venue\": \"Shanghai\", \"capacity\": 100000, \"rsvpDeadline\": \"" + year
                + "-03-01T23:59:00+08:00\", \"referralQuota\": 2, \"openConferenceUrl\": "
                + "\"https://gotc2023.oschina.net/\"" + (status == null ? "" : ", \"status\": \"" + status + "\"")
                + "}";
    }

    static String invite(String email, Integer summit, boolean send) {
        String body = Json.with(Invitations.body(email), "send", send);
        return organizer()
                .queryParams(summit == null ? Map.of() : Map.of("summit", summit))
                .body(body)
                .post("/api/invitations")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    @AfterEach
    void firstEditionCurrentAndOpenAgain() {
        organizer().post("/api/summits/1/make-current").then().statusCode(200);
        organizer()
                .body(settings(2027, "2027-03-20", "OPEN"))
                .put("/api/summits/1")
                .then()
                .statusCode(200);
    }

    @Test
    void twoEditionsSideBySide() throws Exception {
        given().get("/api/summits")
                .then()
                .statusCode(200)
                .body("find { it.id == 1 }.current", equalTo(true))
                .body("find { it.id == 1 }.status", equalTo("OPEN"))
                .body("find { it.id == 1 }.year", equalTo(2027));

        // next year's edition, settings copied from the first (dates given), planned and not current
        int next = newEdition();
        given().get("/api/summits/" + next)
                .then()
                .statusCode(200)
                .body("status", equalTo("PLANNING"))
                .body("current", equalTo(false))
                .body(
                        "capacity",
                        equalTo(given().get("/api/summit").then().extract().path("capacity")))
                .body("copiedFrom", equalTo(1))
                .body("year", equalTo(2028));
        given().get("/api/summits").then().body("id", hasItem(next));

        // the same person in both editions: accepted this year; a draft next year, which cannot go out while planned
        String email = Invitations.uniqueEmail();
        String thisYear = invite(email, null, true);
        given().post("/api/rsvp/" + thisYear + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        organizer()
                .queryParam("summit", next)
                .body(Invitations.body(email))
                .post("/api/invitations")
                .then()
                .statusCode(409)
                .body("type", endsWith("edition-not-open"))
                .body("summitId", equalTo(next));
        String nextYear = invite(email, next, false);
        organizer()
                .queryParam("summit", next)
                .body(Json.with(Invitations.body(email), "send", false))
                .post("/api/invitations")
                .then()
                .statusCode(409);

        // lists and figures per edition
        String nextId = organizer()
                .queryParam("summit", next)
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].email", equalTo(email))
                .body("items[0].summitId", equalTo(next))
                .body("items[0].status", equalTo("DRAFT"))
                .extract()
                .path("items[0].id");
        organizer()
                .get("/api/invitations?q=" + email)
                .then()
                .body("total", equalTo(1))
                .body("items[0].summitId", equalTo(1))
                .body("items[0].status", equalTo("ACCEPTED"));
        organizer()
                .queryParam("summit", next)
                .get("/api/invitations/stats")
                .then()
                .body("summitId", equalTo(next))
                .body("byStatus.DRAFT", equalTo(1))
                .body("seatsTaken", equalTo(0))
                .body("total", equalTo(1));
        organizer().get("/api/invitations?summit=99").then().statusCode(404);
        organizer()
                .get("/api/invitations?summit=0")
                .then()
                .statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.containsString("summit"));

        // opened, the draft goes out and takes a seat of next year's edition
        organizer()
                .body(settings(2028, "2028-03-18", "OPEN"))
                .put("/api/summits/" + next)
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"));
        organizer().post("/api/invitations/" + nextId + "/send").then().statusCode(200);
        given().post("/api/rsvp/" + nextYear + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        organizer()
                .queryParam("summit", next)
                .get("/api/invitations/stats")
                .then()
                .body("seatsTaken", equalTo(1));

        // the person's earlier edition on next year's invitation
        organizer()
                .get("/api/invitations/" + nextId)
                .then()
                .statusCode(200)
                .body("previousEditions.summitId", contains(1))
                .body("previousEditions[0].year", equalTo(2027))
                .body("previousEditions[0].outcome", equalTo("ACCEPTED"))
                .body("previousEditions[0].attended", equalTo(true))
                .body("previousEditions[0].referredBy", nullValue());

        // this year closes: read-only, every write is a 409 naming the edition
        organizer()
                .body(settings(2027, "2027-03-20", "CLOSED"))
                .put("/api/summits/1")
                .then()
                .statusCode(200);
        organizer()
                .body(Invitations.body(Invitations.uniqueEmail()))
                .post("/api/invitations")
                .then()
                .statusCode(409)
                .body("type", endsWith("edition-read-only"))
                .body("summitId", equalTo(1))
                .body("edition", equalTo("OSPO Summit · 开源项目办公室峰会 2027 (#1)"));
        given().post("/api/rsvp/" + thisYear + "/decline").then().statusCode(409);
        organizer()
                .body(settings(2027, "2027-03-21", null))
                .put("/api/summits/1")
                .then()
                .statusCode(409);
        organizer()
                .body(settings(2027, "2027-03-20", "PLANNING"))
                .put("/api/summits/1")
                .then()
                .statusCode(409)
                .body("type", endsWith("illegal-transition"));

        // next year becomes current: /api/summit and the lists without ?summit= follow, both changes announced
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            organizer()
                    .post("/api/summits/" + next + "/make-current")
                    .then()
                    .statusCode(200)
                    .body("current", equalTo(true));
            // (the relay may still be publishing the earlier changes: only these two matter)
            List<String> announced =
                    reader
                            .all(r -> "summit.updated".equals(TestKafka.header(r, "ce_type")), Duration.ofSeconds(5))
                            .stream()
                            .map(r -> r.value())
                            .toList();
            assertTrue(
                    announced.stream().anyMatch(a -> a.contains("\"summitId\":1,") && a.contains("\"current\":false")),
                    announced.toString());
            assertTrue(
                    announced.stream()
                            .anyMatch(a -> a.contains("\"summitId\":" + next + ",") && a.contains("\"current\":true")),
                    announced.toString());
        }
        given().get("/api/summit").then().body("id", equalTo(next)).body("year", equalTo(2028));
        organizer().get("/api/invitations?q=" + email).then().body("items.summitId", contains(next));
        given().get("/api/summits").then().body("findAll { it.current }.id", contains(next));
        organizer()
                .queryParam("summit", 1)
                .get("/api/invitations")
                .then()
                .statusCode(200)
                .body("items.email", hasItem(email));
    }

    @Test
    void aNewEditionNeedsItsSettingsUnlessCopiedAndAnArchivedOneStaysArchived() {
        organizer()
                .body(Json.without(NEXT_YEAR, "copyFrom"))
                .post("/api/summits")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("name"));
        organizer()
                .body(Json.with(NEXT_YEAR, "copyFrom", 42))
                .post("/api/summits")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("copyFrom"));
        given().contentType(ContentType.JSON)
                .body(NEXT_YEAR)
                .post("/api/summits")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.attendee(java.util.UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(NEXT_YEAR)
                .post("/api/summits")
                .then()
                .statusCode(403);

        int archived = organizer()
                .body(edition(2026))
                .post("/api/summits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        organizer()
                .body(settings(2026, "2026-03-18", "ARCHIVED"))
                .put("/api/summits/" + archived)
                .then()
                .statusCode(409)
                .body("type", endsWith("illegal-transition"));
        organizer()
                .body(settings(2026, "2026-03-18", "CLOSED"))
                .put("/api/summits/" + archived)
                .then()
                .statusCode(200);
        organizer()
                .body(settings(2026, "2026-03-18", "ARCHIVED"))
                .put("/api/summits/" + archived)
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        organizer()
                .post("/api/summits/" + archived + "/make-current")
                .then()
                .statusCode(409)
                .body("type", endsWith("edition-archived"));
        organizer()
                .body(settings(2026, "2026-03-18", "OPEN"))
                .put("/api/summits/" + archived)
                .then()
                .statusCode(409);
        // newest first
        List<Integer> years = given().get("/api/summits").then().extract().path("year");
        assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years);
        assertTrue(years.containsAll(List.of(2027, 2026)), years.toString());
    }

    @Test
    void aPreviousEditionShowsWhoVouchedForThePersonThen() {
        var voucher = given().post("/api/rsvp/" + invite(Invitations.uniqueEmail(), null, true) + "/accept")
                .then()
                .statusCode(200)
                .extract();
        String peer = Invitations.uniqueEmail();
        String referral = given().auth()
                .oauth2(voucher.<String>path("accessToken"))
                .contentType(ContentType.JSON)
                .body(ReferralResourceTest.nomination(peer))
                .post("/api/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String vouched = organizer()
                .post("/api/referrals/" + referral + "/approve")
                .then()
                .statusCode(200)
                .extract()
                .path("invitationId");
        int next = newEdition();
        invite(peer, next, false);
        String draft = organizer()
                .queryParam("summit", next)
                .queryParam("q", peer)
                .get("/api/invitations")
                .then()
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
        organizer()
                .get("/api/invitations/" + draft)
                .then()
                .statusCode(200)
                .body("referrer", nullValue())
                .body("previousEditions.summitId", contains(1))
                .body("previousEditions[0].invitationId", equalTo(vouched))
                .body("previousEditions[0].outcome", equalTo("SENT"))
                .body("previousEditions[0].attended", equalTo(false))
                .body("previousEditions[0].referredBy.attendeeId", equalTo(voucher.path("attendeeId")))
                .body("previousEditions[0].referredBy.fullName", equalTo("李雷"));
    }

    @Test
    void peopleOfAnEarlierEditionAreInvitedAgainByWhatTheyDidAndOnlyOnce() throws Exception {
        int earlier = newEdition();
        organizer()
                .body(settings(2028, "2028-03-18", "OPEN"))
                .put("/api/summits/" + earlier)
                .then()
                .statusCode(200);
        String prepared = Invitations.uniqueEmail();
        String idle = Invitations.uniqueEmail();
        String declined = Invitations.uniqueEmail();
        String attendee = given().post("/api/rsvp/" + invite(prepared, earlier, true) + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("attendeeId");
        given().post("/api/rsvp/" + invite(idle, earlier, true) + "/accept")
                .then()
                .statusCode(200);
        given().post("/api/rsvp/" + invite(declined, earlier, true) + "/decline")
                .then()
                .statusCode(200);
        // attendee-service tells how far the preparation got
        TestKafka.sendCloudEvent(
                "summit.attendees",
                attendee,
                java.util.UUID.randomUUID().toString(),
                "attendee.preparation-updated",
                "{\"attendeeId\": \"" + attendee + "\", \"summitId\": " + earlier
                        + ", \"topics\": [\"LEGAL\"], \"readiness\": \"READY\", \"completeness\": 100, "
                        + "\"sponsorshipOffered\": false, \"joinOrganizingTeam\": false, \"updatedAt\": "
                        + "\"2027-02-01T10:00:00+08:00\"}");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "READY"
                        .equals(org.ospo.summit.platform.testing.TestDb.text(
                                "summit_invitation_test",
                                "select readiness from invitation where attendee_id = ?::uuid",
                                attendee)));

        int next = organizer()
                .body(edition(2029))
                .post("/api/summits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/summits/" + next + "/invitations/from-previous";
        organizer()
                .body("{\"fromSummitId\": " + earlier + ", \"attended\": true, \"readiness\": [\"READY\"]}")
                .post(path)
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("skipped", equalTo(0))
                .body("rows.email", contains(prepared))
                .body("rows[0].outcome", equalTo("CREATED"));
        organizer()
                .body("{\"fromSummitId\": " + earlier + ", \"attended\": true}")
                .post(path)
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("skipped", equalTo(1))
                .body("rows.find { it.outcome == 'CREATED' }.email", equalTo(idle));
        organizer()
                .body("{\"fromSummitId\": " + earlier + "}")
                .post(path)
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("skipped", equalTo(2))
                .body("rows.find { it.outcome == 'CREATED' }.email", equalTo(declined));
        organizer()
                .body("{\"fromSummitId\": " + earlier + "}")
                .post(path)
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("skipped", equalTo(3));

        // drafts of the new edition, each linked to the person's earlier edition
        String draft = organizer()
                .queryParam("summit", next)
                .queryParam("q", prepared)
                .get("/api/invitations")
                .then()
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("DRAFT"))
                .extract()
                .path("items[0].id");
        organizer().queryParam("summit", next).get("/api/invitations").then().body("total", equalTo(3));
        organizer()
                .get("/api/invitations/" + draft)
                .then()
                .body("previousEditions[0].summitId", equalTo(earlier))
                .body("previousEditions[0].attended", equalTo(true))
                .body("criteria", contains("OSPO_PRACTITIONER"));

        organizer()
                .body("{\"fromSummitId\": " + next + "}")
                .post(path)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fromSummitId"));
        organizer().body("{\"fromSummitId\": 4242}").post(path).then().statusCode(400);
        organizer().body("{\"attended\": true}").post(path).then().statusCode(400);
        organizer()
                .body("{\"fromSummitId\": " + earlier + "}")
                .post("/api/summits/4242/invitations/from-previous")
                .then()
                .statusCode(404);
    }

    @jakarta.inject.Inject
    org.ospo.summit.invitation.service.ArchiveRetention retention;

    @jakarta.inject.Inject
    org.ospo.summit.platform.time.SummitClock clock;

    private int anonymiseDue() {
        try {
            return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(retention::anonymiseDue);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anArchivedEditionLosesItsPeopleAfterTheRetentionPeriodAndKeepsItsFigures() {
        int archived = organizer()
                .body(edition(2030))
                .post("/api/summits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        organizer()
                .body(settings(2030, "2030-03-18", "OPEN"))
                .put("/api/summits/" + archived)
                .then()
                .statusCode(200);
        String came = Invitations.uniqueEmail();
        var accepted = given().post("/api/rsvp/" + invite(came, archived, true) + "/accept")
                .then()
                .statusCode(200)
                .extract();
        invite(Invitations.uniqueEmail(), archived, true);
        String nominee = Invitations.uniqueEmail();
        given().auth()
                .oauth2(accepted.<String>path("accessToken"))
                .contentType(ContentType.JSON)
                .body(ReferralResourceTest.nomination(nominee))
                .post("/api/referrals")
                .then()
                .statusCode(201);
        organizer()
                .body(settings(2030, "2030-03-18", "CLOSED"))
                .put("/api/summits/" + archived)
                .then()
                .statusCode(200);
        organizer()
                .body(settings(2030, "2030-03-18", "ARCHIVED"))
                .put("/api/summits/" + archived)
                .then()
                .statusCode(200);
        Map<String, Object> before = organizer()
                .queryParam("summit", archived)
                .get("/api/invitations/stats")
                .then()
                .extract()
                .jsonPath()
                .getMap("$");

        assertEquals(0, anonymiseDue(), "within the retention period nothing is erased");
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            clock.travelTo(clock.now().plusDays(366).toInstant());
            assertTrue(anonymiseDue() >= 1, "this edition (and any other archived a year ago)");
            reader.await(
                    r -> "summit.updated".equals(TestKafka.header(r, "ce_type"))
                            && r.value().contains("\"summitId\":" + archived + ",")
                            && !r.value().contains("\"anonymisedAt\":null"),
                    Duration.ofSeconds(30));
            assertEquals(0, anonymiseDue(), "once");
        } finally {
            clock.reset();
        }

        // the figures stay, the people are gone: invitations, nominations, history, mails
        assertEquals(
                before,
                organizer()
                        .queryParam("summit", archived)
                        .get("/api/invitations/stats")
                        .then()
                        .extract()
                        .jsonPath()
                        .getMap("$"));
        organizer()
                .queryParam("summit", archived)
                .get("/api/invitations")
                .then()
                .body("total", equalTo(2))
                .body("items.fullName", contains("(erased)", "(erased)"))
                .body("items.email", not(hasItem(came)));
        organizer()
                .queryParam("summit", archived)
                .get("/api/referrals")
                .then()
                .body("total", equalTo(1))
                .body("items[0].fullName", equalTo("(erased)"))
                .body("items[0].email", not(equalTo(nominee)));
        given().get("/api/summits/" + archived).then().body("anonymisedAt", org.hamcrest.Matchers.notNullValue());
        try {
            assertEquals(
                    0L,
                    org.ospo.summit.platform.testing.TestDb.count(
                            "summit_invitation_test",
                            "select count(*) from outgoing_mail m join invitation i on i.id = m.invitation_id "
                                    + "where i.summit_id = ?",
                            archived));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
