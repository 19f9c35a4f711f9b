package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestTokens;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** 200 concurrent accepts for 50 seats: exactly 50 ACCEPTED, 150 WAITLISTED; 5 declines promote the 5 oldest. */
@QuarkusTest
class SeatConcurrencyTest {
    private static final int SEATS = 50;
    private static final int INVITEES = 200;

    @TestHTTPResource("/")
    URL base;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void roomy() {
        SummitSettings.roomy();
    }

    @Test
    void seatsAreNeverOversubscribedAndTheOldestWaitlistedArePromoted() throws Exception {
        SummitSettings.roomy();
        Map<String, String> idByToken = new HashMap<>();
        Map<String, String> emailById = new HashMap<>();
        for (int i = 0; i < INVITEES; i++) {
            String email = Invitations.uniqueEmail();
            var created = Invitations.create(email).statusCode(201).extract();
            idByToken.put(created.path("token"), created.path("id"));
            emailById.put(created.path("id"), email);
        }
        SummitSettings.freeSeats(SEATS);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String token : idByToken.keySet()) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "api/rsvp/" + token + "/accept"))
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Map<String, Long> outcome = answers.stream().map(CompletableFuture::join).map(r -> {
            assertEquals(200, r.statusCode(), r.body());
            return r.body().contains("\"ACCEPTED\"") ? "ACCEPTED" : r.body().contains("\"WAITLISTED\"") ? "WAITLISTED" : r.body();
        }).collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of("ACCEPTED", (long) SEATS, "WAITLISTED", (long) (INVITEES - SEATS)), outcome);
        assertEquals(Map.of("ACCEPTED", (long) SEATS, "WAITLISTED", (long) (INVITEES - SEATS)),
                countByStatus(idByToken.values()), "the database agrees");
        given().auth().oauth2(TestTokens.organizer()).get("/api/invitations/stats").then()
                .body("seatsLeft", org.hamcrest.Matchers.equalTo(0));

        List<String> expectedPromoted = oldestWaitlisted(idByToken.values(), 5);
        List<String> decliners = idByToken.entrySet().stream()
                .filter(e -> "ACCEPTED".equals(statusOf(e.getValue()))).limit(5).map(Map.Entry::getKey).toList();
        for (String token : decliners) {
            given().post("/api/rsvp/" + token + "/decline").then().statusCode(200);
        }
        for (String id : expectedPromoted) {
            assertEquals("ACCEPTED", statusOf(id), "oldest waitlisted " + id + " promoted");
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> mailbox.getMailsSentTo(emailById.get(id)).stream()
                            .anyMatch(m -> m.getSubject().contains("席位") || m.getSubject().contains("seat")));
        }
        assertEquals(Map.of("ACCEPTED", (long) SEATS, "WAITLISTED", (long) (INVITEES - SEATS - 5), "DECLINED", 5L),
                countByStatus(idByToken.values()));
    }

    private static String statusOf(String id) {
        return given().auth().oauth2(TestTokens.organizer()).get("/api/invitations/" + id).then().statusCode(200)
                .extract().path("status");
    }

    private static Connection db() throws Exception {
        return TestDb.connect("summit_invitation_test");
    }

    private static Map<String, Long> countByStatus(java.util.Collection<String> ids) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "select status, count(*) from invitation where id = any(?) group by status")) {
            s.setArray(1, c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
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
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("select id from invitation where id = any(?) "
                + "and status = 'WAITLISTED' order by responded_at, id limit ?")) {
            s.setArray(1, c.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray()));
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
