package org.ospo.summit.contracts.events;

/** Why an attendee withdrew: they declined after accepting, or the organizers revoked their invitation. */
public enum WithdrawalReason {
    DECLINED,
    REVOKED
}
