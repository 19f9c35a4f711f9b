package org.ospo.summit.attendee.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.model.Attendee;

/** Attendee → API record. */
@ApplicationScoped
public class AttendeeMapper {

    public AttendeeView view(Attendee a) {
        return new AttendeeView(
                a.id,
                a.summitId,
                a.invitationId,
                a.fullName,
                a.email,
                a.company,
                a.jobTitle,
                a.locale,
                a.status,
                a.registeredAt,
                a.preparation,
                a.completeness,
                a.readiness,
                a.preparationUpdatedAt,
                a.withdrawnAt);
    }
}
