package dev.lede.core.library;

import java.util.Optional;

/**
 * The best score, the runner-up's and the best entry. A tie for best goes to the entry of the rarest
 * seed list, then the lower position: the one a walk of the seed lists in turn meets first.
 */
final class Ranking {
    private int bestPosition = -1;
    private int bestSeed;
    private double best;
    private double runnerUp;
    private boolean bestAgrees;

    void offer(int position, int seed, double score, boolean agrees) {
        if (score > best) {
            runnerUp = best;
            best = score;
            bestPosition = position;
            bestSeed = seed;
            bestAgrees = agrees;
            return;
        }
        if (bestPosition >= 0 && score == best && (seed < bestSeed || seed == bestSeed && position < bestPosition)) {
            bestPosition = position;
            bestSeed = seed;
            bestAgrees = agrees;
        }
        if (score > runnerUp) {
            runnerUp = score;
        }
    }

    Optional<HeadlineMatcher.Match> match() {
        return bestPosition < 0
                ? Optional.empty()
                : Optional.of(new HeadlineMatcher.Match(bestPosition, best, runnerUp, bestAgrees));
    }
}
