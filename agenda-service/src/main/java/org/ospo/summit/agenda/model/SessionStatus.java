package org.ospo.summit.agenda.model;

public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
