package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * The seat counter under load (SeatAllocator): 500 concurrent accepts for 50 seats give exactly 50 ACCEPTED and 450
 * WAITLISTED, declines promote the oldest waiting; declines racing accepts never leave a seat free while someone
 * waits; the counter always equals the ACCEPTED invitations.
 */
@QuarkusTest
class SeatConcurrencyTest {
    private static final String DB = "summit_invitation_test";
    private static final int SEATS = 50;
    private static final int INVITEES = 500;

    @TestHTTPResource("/")
    URL base;

    @Inject
    MockMailbox mailbox;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void roomy() {
        SummitSettings.roomy();
    }

    @Test
    void seatsAreNeverOversubscribedAndTheOldestWaitlistedArePromoted() throws Exception {
        SummitSettings.roomy();
        Map<String, String> idByToken = new HashMap<>();
        Map<String, String> emailById = new HashMap<>();
        for (Created created : invite(INVITEES)) {
            idByToken.put(created.token(), created.id());
            emailById.put(created.id(), created.email());
        }
        SummitSettings.freeSeats(SEATS);
        double seatFree = accepts("seat-free");
        double editionLock = accepts("edition-lock");

        Map<String, Long> outcome =
                allAtOnce(idByToken.keySet().stream()
                                .map(t -> "api/rsvp/" + t + "/accept")
                                .toList())
                        .stream()
                        .map(r -> {
                            assertEquals(200, r.statusCode(), r.body());
                            return r.body().contains("\"ACCEPTED\"")
                                    ? "ACCEPTED"
                                    : r.body().contains("\"WAITLISTED\"") ? "WAITLISTED" : r.body();
                        })
                        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of("ACCEPTED", (long) SEATS, "WAITLISTED", (long) (INVITEES - SEATS)), outcome);
        assertEquals(
                Map.of("ACCEPTED", (long) SEATS, "WAITLISTED", (long) (INVITEES - SEATS)),
                countByStatus(idByToken.values()),
                "the database agrees");
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/stats")
                .then()
                .body("seatsLeft", equalTo(0));
        assertCounterMatches();
        double taken = accepts("seat-free") - seatFree;
        double locked = accepts("edition-lock") - editionLock;
        assertEquals(INVITEES, taken + locked, "every accept answered once");
        assertTrue(
                taken >= 1 && locked >= INVITEES - SEATS,
                taken + " took a free seat at once, " + locked
                        + " went on under the edition's lock (every waitlisted one among them)");

        List<String> expectedPromoted = oldestWaitlisted(idByToken.values(), 5);
        List<String> decliners = idByToken.entrySet().stream()
                .filter(e -> "ACCEPTED".equals(statusOf(e.getValue())))
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
        for (String token : decliners) {
            given().post("/api/rsvp/" + token + "/decline").then().statusCode(200);
        }
        for (String id : expectedPromoted) {
            assertEquals("ACCEPTED", statusOf(id), "oldest waitlisted " + id + " promoted");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> mailbox.getMailsSentTo(emailById.get(id)).stream()
                            .anyMatch(m -> m.getSubject().contains("席位")
                                    || m.getSubject().contains("seat")));
        }
        assertEquals(
                Map.of("ACCEPTED", (long) SEATS, "WAITLISTED", (long) (INVITEES - SEATS - 5), "DECLINED", 5L),
                countByStatus(idByToken.values()));
        assertCounterMatches();
    }

    /**
     * 40 accepted invitees decline while 260 others accept, all at once, with 20 seats free: the 60 seats end up taken
     * by 60 of the 260 whatever the interleaving, because a seat freed while someone waits goes to them at once and
     * nobody is waitlisted while a seat is free.
     */
    @Test
    void declinesRacingAcceptsLeaveNoSeatFreeWhileSomeoneWaits() throws Exception {
        SummitSettings.roomy();
        List<String> decliners = new ArrayList<>();
        List<String> contenders = new ArrayList<>();
        Map<String, String> idByToken = new HashMap<>();
        List<Created> invited = invite(300);
        for (int i = 0; i < invited.size(); i++) {
            idByToken.put(invited.get(i).token(), invited.get(i).id());
            (i < 40 ? decliners : contenders).add(invited.get(i).token());
        }
        SummitSettings.freeSeats(60);
        for (String token : decliners) {
            given().post("/api/rsvp/" + token + "/accept")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACCEPTED"));
        }

        List<String> requests = new ArrayList<>();
        contenders.forEach(t -> requests.add("api/rsvp/" + t + "/accept"));
        decliners.forEach(t -> requests.add("api/rsvp/" + t + "/decline"));
        Collections.shuffle(requests, new Random(7));
        allAtOnce(requests).forEach(r -> assertEquals(200, r.statusCode(), r.body()));

        assertEquals(
                Map.of("ACCEPTED", 60L, "WAITLISTED", 200L),
                countByStatus(contenders.stream().map(idByToken::get).toList()));
        assertEquals(
                Map.of("DECLINED", 40L),
                countByStatus(decliners.stream().map(idByToken::get).toList()));
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/stats")
                .then()
                .body("seatsLeft", equalTo(0));
        assertCounterMatches();
    }

    private record Created(String token, String id, String email) {}

    /** n new invitations, created 8 at a time (the setup; the race is what follows), in the order asked */
    private static List<Created> invite(int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Created>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    String email = Invitations.uniqueEmail();
                    var created = Invitations.create(email).statusCode(201).extract();
                    return new Created(created.path("token"), created.path("id"), email);
                }));
            }
            List<Created> all = new ArrayList<>();
            for (Future<Created> f : futures) {
                all.add(f.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The last seat looks free when an accept starts, but another transaction takes it before the accept commits: the
     * commit is refused (SQLSTATE SUM01) and the accept is answered again under the edition's lock, from the database,
     * not from what the refused attempt had written: WAITLISTED, in the answer and in the rows.
     */
    @Test
    void aSeatTakenBeforeTheCommitWaitlistsTheAccept() throws Exception {
        SummitSettings.roomy();
        var created =
                Invitations.create(Invitations.uniqueEmail()).statusCode(201).extract();
        String token = created.path("token");
        String id = created.path("id");
        SummitSettings.freeSeats(1);
        try (Connection c = TestDb.connect(DB)) {
            c.setAutoCommit(false);
            try (PreparedStatement lock =
                    c.prepareStatement("select seats_taken from summit where current for update")) {
                lock.executeQuery().close();
            }
            CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
                    .sendAsync(
                            HttpRequest.newBuilder(URI.create(base + "api/rsvp/" + token + "/accept"))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            // the accept writes its rows and waits at its commit for this lock; meanwhile the last seat goes
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> TestDb.count(
                                    "summit_invitation_test",
                                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike 'commit%'")
                            > 0);
            try (PreparedStatement take =
                    c.prepareStatement("update summit set seats_taken = capacity where current")) {
                take.executeUpdate();
            }
            c.commit();
            HttpResponse<String> response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"WAITLISTED\""), response.body());
        }
        assertEquals("WAITLISTED", statusOf(id));
        // the seat taken by hand above, given back
        TestDb.execute(DB, "update summit set seats_taken = seats_taken - 1 where current");
        assertCounterMatches();
    }

    private double accepts(String path) {
        return metrics.get("summit.rsvp.accepts").tag("path", path).counter().count();
    }

    /** POSTs to every path at once (one connection each); the answers in the same order. */
    private List<HttpResponse<String>> allAtOnce(List<String> paths) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String path : paths) {
            answers.add(http.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .timeout(Duration.ofSeconds(120))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /** The current edition's seat counter equals its ACCEPTED invitations and stays within its capacity. */
    private static void assertCounterMatches() throws Exception {
        try (Connection c = TestDb.connect(DB);
                PreparedStatement s = c.prepareStatement(
                        "select seats_taken, capacity, (select count(*) "
                                + "from invitation i where i.summit_id = summit.id and i.status = 'ACCEPTED') from summit where current");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            assertEquals(rs.getLong(3), rs.getLong(1), "seats_taken counts the ACCEPTED invitations");
            assertTrue(rs.getLong(1) <= rs.getLong(2), "within capacity");
        }
    }

    private static String statusOf(String id) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static Map<String, Long> countByStatus(java.util.Collection<String> ids) throws Exception {
        try (Connection c = TestDb.connect(DB);
                PreparedStatement s = c.prepareStatement(
                        "select status, count(*) from invitation where id = any(?) group by status")) {
            s.setArray(
                    1,
                    c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
            Map<String, Long> counts = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        }
    }

    private static List<String> oldestWaitlisted(java.util.Collection<String> ids, int n) throws Exception {
        try (Connection c = TestDb.connect(DB);
                PreparedStatement s = c.prepareStatement("select id from invitation where id = any(?) "
                        + "and status = 'WAITLISTED' order by responded_at, id limit ?")) {
            s.setArray(
                    1,
                    c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
            s.setInt(2, n);
            List<String> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        }
    }
}
