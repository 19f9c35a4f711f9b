package org.ospo.summit.agenda;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.idempotency.IdempotencyStore;
import org.ospo.summit.platform.security.Sha256;
import org.ospo.summit.platform.testing.Json;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestTokens;

/** Idempotency-Key (docs/api.md), a platform filter, exercised on room creation. */
@QuarkusTest
class IdempotencyTest {
    private static final String PROBLEM = "application/problem+json";

    static io.restassured.response.ValidatableResponse create(String key, String body) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/rooms")
                .then();
    }

    static long rooms(String name) throws Exception {
        return TestDb.count("summit_agenda_test", "select count(*) from room where name = ?", name);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndNoSecondEffect() throws Exception {
        String name = "Idem " + UUID.randomUUID();
        String body = "{\"name\": \"" + name + "\", \"capacity\": 12}";
        String key = UUID.randomUUID().toString();
        var first = create(key, body).statusCode(201).extract();
        // a fresh token of the same organizer: the key is theirs, not the token's
        create(key, body)
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")))
                .contentType(ContentType.JSON);
        assertEquals(1, rooms(name));
        // without the key the same request runs again, and the name is taken
        given().auth()
                .oauth2(TestTokens.organizer())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/rooms")
                .then()
                .statusCode(409);
        create(key, Json.with(body, "capacity", 13))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        create("  ", body).statusCode(400).contentType(PROBLEM);
        // an answer that was a client error is kept too: the retry gets the same 409
        String taken = UUID.randomUUID().toString();
        create(taken, body).statusCode(409).contentType(PROBLEM);
        create(taken, body).statusCode(409).header("Idempotent-Replayed", "true");
        // another caller's key space is their own
        given().auth()
                .oauth2(TestTokens.attendee(UUID.randomUUID()))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/rooms")
                .then()
                .statusCode(403);
    }

    @Inject
    IdempotencyStore store;

    @Test
    void keysOlderThanADayAreForgotten() throws Exception {
        String key = UUID.randomUUID().toString();
        create(key, "{\"name\": \"Idem old " + UUID.randomUUID() + "\", \"capacity\": 5}")
                .statusCode(201);
        String row = IdempotencyStore.rowKey(Sha256.hex("sub:organizer-test"), key);
        assertEquals(
                1,
                TestDb.execute(
                        "summit_agenda_test",
                        "update idempotency_key set created_at = now() - interval '25 hours' where key = ?",
                        row));
        assertTrue(store.purge().await().indefinitely() >= 1);
        assertEquals(0, TestDb.count("summit_agenda_test", "select count(*) from idempotency_key where key = ?", row));
    }

    @Test
    void neitherTheKeyNorTheAnswerIsKeptInClear() throws Exception {
        String key = "clear-" + UUID.randomUUID();
        String name = "Idem sealed " + UUID.randomUUID();
        create(key, "{\"name\": \"" + name + "\", \"capacity\": 5}").statusCode(201);
        assertEquals(0, TestDb.count("summit_agenda_test", "select count(*) from idempotency_key where key = ?", key));
        assertEquals(
                0,
                TestDb.count(
                        "summit_agenda_test",
                        "select count(*) from idempotency_key where position(convert_to(?, 'UTF8') in body) > 0",
                        name));
        assertEquals(
                1,
                TestDb.count(
                        "summit_agenda_test",
                        "select count(*) from idempotency_key where key = ?",
                        IdempotencyStore.rowKey(Sha256.hex("sub:organizer-test"), key)));
        // and the retry still gets the first answer
        create(key, "{\"name\": \"" + name + "\", \"capacity\": 5}")
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("name", equalTo(name));
    }

    @Test
    void anonymousKeyedRequestsWriteNothing() throws Exception {
        long before = TestDb.count("summit_agenda_test", "select count(*) from idempotency_key");
        given().header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"capacity\": 5}")
                .post("/api/rooms")
                .then()
                .statusCode(401);
        assertEquals(before, TestDb.count("summit_agenda_test", "select count(*) from idempotency_key"));
    }

    @Test
    void concurrentRetriesWithOneKeyHaveOneEffect() throws Exception {
        String name = "Idem race " + UUID.randomUUID();
        String body = "{\"name\": \"" + name + "\", \"capacity\": 8}";
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(() -> create(key, body).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses::toString);
            assertTrue(statuses.contains(201), statuses::toString);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, rooms(name), "one room, however many retries raced");
        create(key, body).statusCode(201).header("Idempotent-Replayed", "true");
    }
}
