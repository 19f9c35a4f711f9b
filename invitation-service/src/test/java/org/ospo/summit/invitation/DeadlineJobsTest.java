package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.invitation.service.DeadlineJobs;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;
import org.ospo.summit.platform.time.SummitClock;

/** Expiry after the deadline; exactly one reminder before it, even with two "replicas" running the job at once. */
@QuarkusTest
class DeadlineJobsTest {
    @Inject
    DeadlineJobs jobs;

    @Inject
    MockMailbox mailbox;

    @Inject
    SummitClock clock;

    @AfterEach
    void roomy() {
        SummitSettings.roomy();
    }

    private int run(java.util.function.Supplier<io.smallrye.mutiny.Uni<Integer>> job) {
        try {
            return VertxContextSupport.subscribeAndAwait(job::get);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachUnansweredInviteeIsRemindedExactlyOnceWithinTheWindow() throws Exception {
        SummitSettings.roomy();
        InvitationLifecycleTest.Created waiting = InvitationLifecycleTest.sent();
        run(jobs::remindDue);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailbox.getMailsSentTo(waiting.email()).size() == 1);
        assertEquals(1, mailbox.getMailsSentTo(waiting.email()).size(), "outside the window: only the invitation");

        SummitSettings.set(SummitSettings.ROOMY, clock.now().plusDays(1));
        InvitationLifecycleTest.Created answered = InvitationLifecycleTest.sent();
        given().post("/api/rsvp/" + answered.token() + "/accept").then().statusCode(200);
        // two replicas run the job at the same moment, then it runs again
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> run(jobs::remindDue));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> run(jobs::remindDue));
        a.get();
        b.get();
        while (run(jobs::remindDue) > 0) {
            // drain what other tests left unanswered
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailbox.getMailsSentTo(waiting.email()).size() >= 2);
        // every run above has returned, so every reminder it decided on is queued: wait for the queue, not a while
        Outgoing.awaitAllSentTo(waiting.email());
        var mails = mailbox.getMailsSentTo(waiting.email());
        assertEquals(2, mails.size(), "the invitation and exactly one reminder");
        assertEquals(
                true, mails.get(1).getSubject().startsWith("温馨提醒"), mails.get(1).getSubject());
        assertEquals(true, mails.get(1).getText().contains("/rsvp/" + waiting.token()), "the same link");
        assertEquals(1, mailbox.getMailsSentTo(answered.email()).size(), "an answered invitation is not reminded");
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + waiting.id())
                .then()
                .body("events.type", hasItem("REMINDED"));
    }

    @Test
    void unansweredInvitationsExpireAfterTheDeadline() {
        SummitSettings.roomy();
        InvitationLifecycleTest.Created waiting = InvitationLifecycleTest.sent();
        InvitationLifecycleTest.Created answered = InvitationLifecycleTest.sent();
        given().post("/api/rsvp/" + answered.token() + "/accept").then().statusCode(200);
        assertEquals(0, run(jobs::expireOverdue), "nothing expires before the deadline");

        SummitSettings.set(SummitSettings.ROOMY, clock.now().minusSeconds(1));
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            while (run(jobs::expireOverdue) > 0) {
                // every unanswered invitation, in batches
            }
            reader.await(
                    r -> waiting.id().equals(r.key()) && "invitation.expired".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
        }
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + waiting.id())
                .then()
                .body("status", equalTo("EXPIRED"));
        given().get("/api/rsvp/" + waiting.token()).then().statusCode(410);
        given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/invitations/" + answered.id())
                .then()
                .body("status", equalTo("ACCEPTED"));
        InvitationLifecycleTest.act(waiting.id(), "resend").statusCode(409);
        InvitationLifecycleTest.act(waiting.id(), "revoke").statusCode(409);
        given().post("/api/rsvp/" + waiting.token() + "/accept").then().statusCode(410);
        given().post("/api/rsvp/" + waiting.token() + "/decline").then().statusCode(410);
    }
}
