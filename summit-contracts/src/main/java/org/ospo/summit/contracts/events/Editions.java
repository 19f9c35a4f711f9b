package org.ospo.summit.contracts.events;

/**
 * Editions in events. Every event carries the {@code summitId} of the edition it belongs to; events written before
 * the summit had editions carry none and belong to the first edition, which is what the installation had then.
 */
public final class Editions {
    /** the id of the first edition (the summit row an installation had before editions) */
    public static final int FIRST = 1;

    private Editions() {}

    /** The edition an event belongs to: its {@code summitId}, or the first edition for an event without one. */
    public static int of(Integer summitId) {
        return summitId == null ? FIRST : summitId;
    }
}
