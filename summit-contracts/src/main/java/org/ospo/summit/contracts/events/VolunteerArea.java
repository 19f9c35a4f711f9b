package org.ospo.summit.contracts.events;

/** Where an attendee offers to help organise next year's summit ("一起商议明年的组织工作"). */
public enum VolunteerArea {
    /** choosing themes, sessions and speakers */
    PROGRAM,
    /** the venue: a room, a host company */
    HOSTING,
    /** resources: money, travel, food */
    SPONSORSHIP,
    /** the day itself: the door, the rooms, the schedule */
    OPERATIONS
}
