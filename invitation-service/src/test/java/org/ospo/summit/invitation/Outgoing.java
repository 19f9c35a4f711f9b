package org.ospo.summit.invitation;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.ospo.summit.platform.testing.TestDb;

/**
 * The mail queue ({@code outgoing_mail}). "No further mail" is asserted once the queue holds nothing unsent for the
 * recipient: the positive signal that every mail the service decided on has reached the mailbox, instead of a sleep.
 */
final class Outgoing {
    private Outgoing() {}

    static void awaitAllSentTo(String recipient) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> TestDb.count(
                                "summit_invitation_test",
                                "select count(*) from outgoing_mail where recipient = ? and sent_at is null",
                                recipient)
                        == 0);
    }
}
