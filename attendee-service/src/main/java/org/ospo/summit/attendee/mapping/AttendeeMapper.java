package org.ospo.summit.attendee.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.attendee.model.Attendee;

/** Attendee → API record; the stored preparation JSON is read back into {@link Preparation}. */
@ApplicationScoped
public class AttendeeMapper {
    private final ObjectMapper json;

    public AttendeeMapper(ObjectMapper json) {
        this.json = json;
    }

    public AttendeeView view(Attendee a) {
        return view(a, preparation(a));
    }

    public static AttendeeView view(Attendee a, Preparation preparation) {
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
                preparation,
                a.completeness,
                a.readiness,
                a.preparationUpdatedAt,
                a.withdrawnAt);
    }

    public Preparation preparation(Attendee a) {
        if (a.preparation == null) {
            return null;
        }
        try {
            return json.readValue(a.preparation, Preparation.class);
        } catch (Exception e) {
            throw new IllegalStateException("stored preparation of " + a.id + " is unreadable", e);
        }
    }
}
