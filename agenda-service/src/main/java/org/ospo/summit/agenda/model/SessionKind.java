package org.ospo.summit.agenda.model;

/** Formats of the letter's programme: insights, pioneers' decisions, practice, discussion, networking, planning. */
public enum SessionKind {
    KEYNOTE,
    CASE_STUDY,
    PRACTICE,
    ROUNDTABLE,
    NETWORKING,
    PLANNING
}
