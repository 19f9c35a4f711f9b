package org.ospo.summit.invitation.model;

public enum ReferralStatus {
    PENDING,
    APPROVED,
    REJECTED
}
