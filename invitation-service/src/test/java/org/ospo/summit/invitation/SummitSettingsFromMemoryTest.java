package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The current edition's settings are served from memory, and a change made by any replica (here: another process,
 * straight in the database) is served within the stated bound; the seat counter, which every accept moves, is not a
 * setting and tells nobody.
 */
@QuarkusTest
class SummitSettingsFromMemoryTest {
    private static final String DB = "summit_invitation_test";
    private static final Duration BOUND = Duration.ofSeconds(2);

    private static String venue() {
        return given().get("/api/summit").then().statusCode(200).extract().path("venue");
    }

    private static void setVenueUnannounced(int summit, String venue) throws SQLException {
        try (Connection c = TestDb.connect(DB);
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table summit disable trigger summit_settings_update_notify");
            try (PreparedStatement update = c.prepareStatement("update summit set venue = ? where id = ?")) {
                update.setString(1, venue);
                update.setInt(2, summit);
                assertEquals(1, update.executeUpdate());
            }
            s.execute("alter table summit enable trigger summit_settings_update_notify");
            c.commit();
        }
    }

    @Test
    void theCurrentEditionComesFromMemoryUntilTheDatabaseTellsOfAChange() throws Exception {
        int summit = given().get("/api/summit").then().statusCode(200).extract().path("id");
        String venue = venue();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> TestDb.count(
                                DB,
                                "select count(*) from "
                                        + "pg_stat_activity where datname = current_database() and query like 'LISTEN summit_settings%'")
                        == 1);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                setVenueUnannounced(summit, venue + " (unannounced)");
                assertEquals(venue, venue(), "served from memory: the unannounced change is not seen");
            });
            TestDb.text(DB, "select pg_notify('summit_settings', '')");
            Awaitility.await()
                    .atMost(BOUND)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> venue().equals(venue + " (unannounced)"));

            // another replica's change (the trigger announces it)
            TestDb.execute(DB, "update summit set venue = ? where id = ?", venue + " (moved)", summit);
            Awaitility.await()
                    .atMost(BOUND)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> venue().equals(venue + " (moved)"));
        } finally {
            TestDb.execute(DB, "update summit set venue = ? where id = ?", venue, summit);
        }
        Awaitility.await().atMost(BOUND).pollInterval(Duration.ofMillis(20)).until(() -> venue().equals(venue));
    }

    @Test
    void seatsMovingIsNoSettingsChange() throws Exception {
        int summit = given().get("/api/summit").then().statusCode(200).extract().path("id");
        try (Connection listener = TestDb.connect(DB);
                Statement s = listener.createStatement()) {
            s.execute("LISTEN summit_settings");
            try (Connection c = TestDb.connect(DB);
                    Statement w = c.createStatement()) {
                c.setAutoCommit(false);
                long taken = TestDb.count(DB, "select seats_taken from summit where id = ?", summit);
                w.executeUpdate("update summit set seats_taken = case when seats_taken < capacity then seats_taken + 1 "
                        + "else seats_taken - 1 end where id = " + summit);
                w.executeUpdate("update summit set seats_taken = " + taken + " where id = " + summit);
                c.commit();
            }
            PGNotification[] none = listener.unwrap(PGConnection.class).getNotifications(300);
            assertTrue(none == null || none.length == 0, "a seat is not a setting");

            TestDb.execute(DB, "update summit set updated_at = now() where id = ?", summit);
            PGNotification[] told = listener.unwrap(PGConnection.class).getNotifications(2000);
            assertEquals(1, told == null ? 0 : told.length, "a setting changed");
            assertEquals("summit_settings", told[0].getName());
        }
    }
}
