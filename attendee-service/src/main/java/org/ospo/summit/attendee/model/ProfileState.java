package org.ospo.summit.attendee.model;

/**
 * What an attendee row holds of the person, beside its ids and the edition's figures (status, readiness, topics,
 * which survive an anonymisation). Only a {@link #RECEIVED} profile is listed, searched, shown or edited.
 */
public enum ProfileState {
    /** the acceptance arrived with name and contact; the dossier is theirs to fill */
    RECEIVED,
    /**
     * a tombstone: the withdrawal arrived before the acceptance it withdraws (replays, re-delivery), so the row has
     * no personal data, and the late acceptance finds the row and leaves the person withdrawn
     */
    NEVER_RECEIVED,
    /** removed: erased at the person's request, or anonymised when the archived edition's retention passed */
    REMOVED
}
