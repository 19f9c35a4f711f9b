package org.ospo.summit.attendee.model;

public enum AttendeeStatus {
    ACTIVE,
    WITHDRAWN,
    /** personal data erased at the person's request (GDPR); the row keeps only ids */
    ERASED
}
