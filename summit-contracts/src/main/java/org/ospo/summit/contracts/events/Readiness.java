package org.ospo.summit.contracts.events;

/** How far an attendee's preparation is: none of it, some of it, or what the letter asks (PreparationScore). */
public enum Readiness {
    NOT_STARTED,
    IN_PROGRESS,
    READY
}
