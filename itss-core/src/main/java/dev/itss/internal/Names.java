package dev.itss.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name a misspelt one most likely meant, for "did you mean" in messages: the closest by
 * edit distance, case-insensitive, when at most a third of the name (and at least two characters)
 * would have to change.
 *
 * <pre>{@code
 * Names.closest("tickets.sla_attainmnt", metricIds);   // Optional[tickets.sla_attainment]
 * }</pre>
 */
public final class Names {
    private Names() {}

    /** The closest known name, when one is close enough. */
    public static Optional<String> closest(String name, Collection<?> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object candidate : known) {
            int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate.toString().toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate.toString();
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"} for the closest known name, else the empty string. */
    public static String didYouMean(String name, Collection<?> known) {
        return closest(name, known).map(best -> "; did you mean '" + best + "'?").orElse("");
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
