package org.ospo.summit.platform.security;

/** The JWT {@code groups} the suite knows (contract section 1). */
public final class Roles {
    public static final String ORGANIZER = "organizer";
    public static final String ATTENDEE = "attendee";

    private Roles() {}
}
