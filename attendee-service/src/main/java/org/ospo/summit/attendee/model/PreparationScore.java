package org.ospo.summit.attendee.model;

import java.util.List;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.contracts.events.Readiness;

/**
 * How far a preparation is. The letter lists the preparation: eight items, each worth an equal share of
 * {@code completeness} (0–100, rounded):
 * <ol>
 * <li>a review of one's OSPO work, <li>lessons learned, <li>what one wants from peers, <li>what an OSPO should do,
 * <li>at least one collected problem, <li>the manager informed, <li>the sponsorship question answered (offered with
 * a kind, or explicitly not offered), <li>at least one topic to discuss.
 * </ol>
 * READY needs items 1, 2, 3, 5, 6 and 8 (what the summit's discussions are built on); wishes and sponsorship are
 * welcome but optional. NOT_STARTED while none of the eight is done; IN_PROGRESS otherwise.
 */
public record PreparationScore(int completeness, Readiness readiness) {
    public static final PreparationScore NONE = new PreparationScore(0, Readiness.NOT_STARTED);

    public static PreparationScore of(Preparation p) {
        if (p == null) {
            return NONE;
        }
        boolean review = filled(p.ospoWorkReview());
        boolean lessons = filled(p.lessonsLearned());
        boolean expectations = filled(p.expectationsFromPeers());
        boolean wishes = filled(p.ospoWishes());
        boolean problems = nonEmpty(p.problems());
        boolean manager = Boolean.TRUE.equals(p.managerInformed());
        boolean sponsorship = p.sponsorship() != null && p.sponsorship().offered() != null;
        boolean topics = nonEmpty(p.topics());
        int done = count(review, lessons, expectations, wishes, problems, manager, sponsorship, topics);
        int completeness = Math.round(done * 100f / 8);
        Readiness readiness = done == 0
                ? Readiness.NOT_STARTED
                : review && lessons && expectations && problems && manager && topics
                        ? Readiness.READY
                        : Readiness.IN_PROGRESS;
        return new PreparationScore(completeness, readiness);
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean nonEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static int count(boolean... items) {
        int n = 0;
        for (boolean item : items) {
            n += item ? 1 : 0;
        }
        return n;
    }
}
