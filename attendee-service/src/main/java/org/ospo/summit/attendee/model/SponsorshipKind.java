package org.ospo.summit.attendee.model;

/** What an attendee's company could sponsor ("想办法，参与其中，尤其是能赞助些资源"). */
public enum SponsorshipKind {
    VENUE,
    CATERING,
    FUNDING,
    SPEAKERS,
    TRAVEL,
    MATERIALS,
    OTHER
}
