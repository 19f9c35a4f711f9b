package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** Export and erasure (GDPR) of one's own data. */
@QuarkusTest
class AttendeeErasureTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void exportHoldsTheProfileAndPreparation() {
        UUID attendee = PreparationResourceTest.registered("Export Me");
        PreparationResourceTest.put(attendee, PreparationResourceTest.READY).statusCode(200);
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me/export")
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
                .body("service", equalTo("attendee-service"))
                .body("attendee.fullName", equalTo("Export Me"))
                .body("attendee.preparation.lessonsLearned", equalTo("Compliance first"));
    }

    @Test
    void erasureLeavesNothingPersonalAndTellsTheOtherServices() throws Exception {
        UUID attendee = PreparationResourceTest.registered("Erase Me");
        PreparationResourceTest.put(attendee, PreparationResourceTest.READY).statusCode(200);
        try (TestKafka.Reader out = TestKafka.tail("summit.attendees")) {
            given().auth()
                    .oauth2(TestTokens.attendee(attendee))
                    .delete("/api/attendees/me")
                    .then()
                    .statusCode(204);
            out.await(
                    r -> attendee.toString().equals(r.key())
                            && "attendee.erased".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
        }
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .delete("/api/attendees/me")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me/export")
                .then()
                .statusCode(404);
        PreparationResourceTest.put(attendee, PreparationResourceTest.READY).statusCode(404);
        try (Connection c = TestDb.connect("summit_attendee_test");
                PreparedStatement s = c.prepareStatement("select email, full_name, company, job_title, locale, "
                        + "preparation, topics, status, profile from attendee where id = ?")) {
            s.setObject(1, attendee);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                for (int i = 1; i <= 6; i++) {
                    assertEquals(null, rs.getString(i), "column " + i + " erased");
                }
                assertEquals("", rs.getString(7));
                assertEquals("ERASED", rs.getString(8));
                assertEquals("REMOVED", rs.getString(9));
            }
        }
        // a late replay of the acceptance does not bring the person back
        TestKafka.sendCloudEvent(
                "summit.invitations",
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "invitation.accepted",
                InvitationEventsConsumerTest.accepted(UUID.randomUUID(), attendee, "Erase Me"));
        UUID marker = PreparationResourceTest.registered("Marker After Erasure");
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/" + marker)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me")
                .then()
                .statusCode(404);
    }

    @Test
    void onlyTheAttendeeThemselves() {
        given().delete("/api/attendees/me").then().statusCode(401).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.organizer())
                .delete("/api/attendees/me")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/me/export")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .delete("/api/attendees/me")
                .then()
                .statusCode(404);
    }
}
