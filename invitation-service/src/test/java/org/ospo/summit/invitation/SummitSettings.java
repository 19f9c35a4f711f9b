package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.ospo.summit.platform.testing.TestTokens;

/** Sets the current edition's settings through the API (tests share it; each leaves it roomy). */
final class SummitSettings {
    static final int ROOMY = 100_000;

    private SummitSettings() {}

    static String body(int capacity, OffsetDateTime deadline) {
        return "{\"name\": \"OSPO Summit · 开源项目办公室峰会\", \"startsAt\": \"2027-03-20T09:00:00+08:00\", "
                + "\"endsAt\": \"2027-03-20T18:00:00+08:00\", \"timezone\": \"Asia/Shanghai\", \"venue\": \"Shanghai\", "
                + "\"capacity\": " + capacity + ", \"rsvpDeadline\": \""
                + deadline.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\", \"referralQuota\": 2, "
                + "\"openConferenceUrl\": \"https://gotc2023.oschina.net/\"}";
    }

    static void set(int capacity, OffsetDateTime deadline) {
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(body(capacity, deadline))
                .put("/api/summit")
                .then()
                .statusCode(200);
    }

    static void roomy() {
        set(ROOMY, OffsetDateTime.parse("2027-03-06T23:59:00+08:00"));
    }

    static int seatsTaken() {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/stats")
                .then()
                .statusCode(200)
                .extract()
                .path("seatsTaken");
    }

    /** Leaves exactly {@code free} seats. */
    static void freeSeats(int free) {
        set(seatsTaken() + free, OffsetDateTime.parse("2027-03-06T23:59:00+08:00"));
    }
}
