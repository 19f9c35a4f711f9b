package org.ospo.summit.contracts.api;

import java.util.Map;

/**
 * The tags of the OpenAPI document: one per audience, so that a generated client has one API class per kind of
 * caller ({@code OrganizerApi}, {@code InviteeApi}, {@code AttendeeApi}, {@code PublicApi}). Every operation carries
 * exactly one.
 */
public final class Audience {
    public static final String ORGANIZER = "Organizer";
    public static final String INVITEE = "Invitee";
    public static final String ATTENDEE = "Attendee";
    public static final String PUBLIC = "Public";

    /** the tags in the order the document lists them, with their descriptions */
    public static final Map<String, String> DESCRIPTIONS = orderedDescriptions();

    private Audience() {}

    private static Map<String, String> orderedDescriptions() {
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        tags.put(PUBLIC, "Anyone, without signing in: the summit's editions, the published agenda and its calendar.");
        tags.put(
                INVITEE,
                "Whoever holds an invitation link (its token is the credential): the invitation page, "
                        + "accept or decline, a fresh attendee sign-in.");
        tags.put(
                ATTENDEE,
                "Signed in as an attendee (the token from accepting): my invitation, my preparation, "
                        + "my registrations and agenda, nominating peers (二度).");
        tags.put(
                ORGANIZER,
                "Signed in as an organizer (POST /api/auth/login): editions, invitations, nominations, "
                        + "attendees, rooms, sessions, publishing, figures.");
        return java.util.Collections.unmodifiableMap(tags);
    }
}
