package org.ospo.summit.contracts.events;

/** Where a nomination came from. */
public enum ReferralSource {
    /** an accepted attendee vouched for a peer for their own edition (二度) */
    PEER,
    /** an attendee named a peer in the next-year form; it becomes a nomination for the edition after theirs */
    NEXT_YEAR_FORM
}
