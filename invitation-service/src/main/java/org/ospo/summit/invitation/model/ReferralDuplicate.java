package org.ospo.summit.invitation.model;

/**
 * Why a nomination names someone the summit already knows. The nominating attendee is never told (the guest list is
 * not theirs to probe); organizers see it when they review.
 */
public enum ReferralDuplicate {
    /** the person has an open invitation */
    ALREADY_INVITED,
    /** someone nominated the person before, and that nomination is still pending */
    ALREADY_NOMINATED
}
