package org.ospo.summit.attendee.mapping;

import java.util.Map;

import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.Readiness;

public final class AttendeeMapper {
    private AttendeeMapper() {
    }

    /** Preparation is not captured yet at this stage of the suite: an attendee starts NOT_STARTED at 0%. */
    public static AttendeeView view(Attendee a) {
        return new AttendeeView(a.id, a.invitationId, a.fullName, a.email, a.company, a.jobTitle, a.locale, a.status,
                a.registeredAt, Map.of(), 0, Readiness.NOT_STARTED, a.withdrawnAt);
    }
}
