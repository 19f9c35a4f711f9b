package org.ospo.summit.platform.security;

/** The JWT {@code groups} the suite knows (docs/api.md). */
public final class Roles {
    public static final String ORGANIZER = "organizer";
    public static final String ATTENDEE = "attendee";
    /** a door volunteer: checks attendees in, nothing else */
    public static final String STAFF = "staff";

    private Roles() {}
}
