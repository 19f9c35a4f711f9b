package org.ospo.summit.platform.security;

import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ospo.summit.platform.problem.ProblemException;

/** The attendee id of an attendee token: its {@code sub}. A token whose subject is not one is a 403. */
public final class AttendeeIds {
    private AttendeeIds() {}

    public static UUID of(JsonWebToken jwt) {
        try {
            return UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.forbidden("This token does not belong to an attendee");
        }
    }
}
