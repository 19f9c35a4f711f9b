package org.ospo.summit.attendee.model;

public enum AttendeeStatus {
    ACTIVE, WITHDRAWN
}
