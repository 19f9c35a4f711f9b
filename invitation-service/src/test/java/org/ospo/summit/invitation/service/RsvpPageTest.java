package org.ospo.summit.invitation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ospo.summit.contracts.events.EditionStatus;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.Summit;

/** Which state the invitation page shows: a pure rule over the invitation, its edition and the clock. */
class RsvpPageTest {
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2027-03-06T23:59:00+08:00");

    @ParameterizedTest(name = "{0} in an {1} edition, {2} the deadline, erased {3} → {4} ({5})")
    @CsvSource({
        "SENT, OPEN, before, false, OPEN, 200",
        "SENT, OPEN, after, false, EXPIRED, 410",
        "SENT, CLOSED, before, false, EXPIRED, 410",
        "ACCEPTED, OPEN, before, false, ACCEPTED, 200",
        "ACCEPTED, OPEN, after, false, ACCEPTED, 200",
        "ACCEPTED, ARCHIVED, after, false, ACCEPTED, 200",
        "WAITLISTED, OPEN, before, false, WAITLISTED, 200",
        "DECLINED, OPEN, before, false, DECLINED, 200",
        "EXPIRED, OPEN, after, false, EXPIRED, 410",
        "REVOKED, OPEN, before, false, REVOKED, 410",
        "ACCEPTED, OPEN, before, true, REVOKED, 410",
        "DRAFT, OPEN, before, false, UNKNOWN, 404"
    })
    void state(
            InvitationStatus status,
            EditionStatus edition,
            String when,
            boolean erased,
            RsvpPage.State expected,
            int httpStatus) {
        Invitation invitation = new Invitation();
        invitation.status = status;
        invitation.fullName = erased ? Invitation.ERASED : "王芳";
        invitation.erasedAt = erased ? OffsetDateTime.parse("2027-03-01T00:00:00Z") : null;
        invitation.company = "Open Corp";
        invitation.locale = "zh-CN";
        Summit summit = new Summit();
        summit.id = 1;
        summit.status = edition;
        summit.rsvpDeadline = DEADLINE;
        summit.startsAt = DEADLINE.plusDays(14);
        summit.endsAt = summit.startsAt.plusHours(9);
        summit.timezone = "Asia/Shanghai";
        summit.name = "OSPO Summit";
        summit.venue = "Shanghai";
        summit.openConferenceUrl = "https://gotc2023.oschina.net/";
        RsvpPage page = RsvpPage.of(
                invitation, summit, "before".equals(when) ? DEADLINE.minusDays(1) : DEADLINE.plusMinutes(1));
        assertEquals(expected, page.state());
        assertEquals(httpStatus, page.state().httpStatus());
        assertEquals(expected == RsvpPage.State.UNKNOWN || erased, page.view() == null, "the invitation shown");
        assertEquals(!edition.isReadOnly() && expected != RsvpPage.State.UNKNOWN, page.changeable());
    }
}
