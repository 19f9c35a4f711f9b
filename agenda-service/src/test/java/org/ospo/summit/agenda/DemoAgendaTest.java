package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The local run's demo agenda: laid out on the summit's day once the summit is announced, published, once. */
@QuarkusTest
@TestProfile(DemoAgendaTest.Demo.class)
class DemoAgendaTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("summit.agenda.demo", "true");
        }
    }

    @Test
    void aPublishedDayOnEveryThemeAndKindInTwoRooms() throws Exception {
        SummitDaysTest.announce("2027-03-20T09:00:00+08:00", "2027-03-20T18:00:00+08:00", OffsetDateTime.now());
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> given().get("/api/agenda").then().extract().<Integer>path("version") >= 1);
        JsonPath agenda =
                given().get("/api/agenda").then().statusCode(200).extract().jsonPath();
        int version = agenda.getInt("version");
        List<Map<String, Object>> sessions = agenda.getList("sessions");
        assertEquals(13, sessions.size());
        Set<String> days = new HashSet<>();
        Set<Object> rooms = new HashSet<>();
        Set<Object> topics = new HashSet<>();
        Set<Object> kinds = new HashSet<>();
        for (Map<String, Object> s : sessions) {
            days.add(OffsetDateTime.parse((String) s.get("startsAt"))
                    .toLocalDate()
                    .toString());
            rooms.add(((Map<?, ?>) s.get("room")).get("name"));
            topics.addAll((List<?>) s.get("topics"));
            kinds.add(s.get("kind"));
        }
        assertEquals(1, days.size(), "one day: " + days);
        assertEquals(2, rooms.size());
        assertEquals(Set.of("MANAGEMENT", "HR", "ECONOMICS", "LEGAL", "BUSINESS", "TECHNOLOGY"), topics);
        assertEquals(Set.of("KEYNOTE", "CASE_STUDY", "PRACTICE", "ROUNDTABLE", "NETWORKING", "PLANNING"), kinds);
        assertTrue(
                ((String) sessions.get(0).get("startsAt")).endsWith("T09:00:00.000+08:00"),
                sessions.get(0).toString());

        SummitDaysTest.awaitHandled(SummitDaysTest.announce(
                "2027-03-20T09:00:00+08:00", "2027-03-20T18:00:00+08:00", OffsetDateTime.now()));
        assertEquals(
                version,
                given().get("/api/agenda").then().extract().<Integer>path("version"),
                "the demo is laid out once, never over existing data");
    }
}
