package org.ospo.summit.attendee.model;

/** How far an attendee's preparation is (contract section 4). */
public enum Readiness {
    NOT_STARTED, IN_PROGRESS, READY
}
