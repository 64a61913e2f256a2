package dev.lede.core.library;

import java.util.function.IntBinaryOperator;

/**
 * The stories of a set of positions joined by links, as a union-find whose root is the earliest member
 * by an order given over positions, so building is linear in the number of links. Shared by
 * {@link LinkGraph} (over a library's entries) and {@link StoryTally} (over the index's stored listing),
 * so that both group and name stories alike.
 */
final class StoryForest {

    private StoryForest() {}

    /**
     * For each position below {@code size}, the position of its story's earliest member by {@code earlier}
     * (a total order: negative when the first comes first); for that member itself, minus the story's size.
     */
    static int[] of(int size, LinkList links, IntBinaryOperator earlier) {
        int[] story = new int[size]; // the union-find's parents, each its root once done
        for (int p = 0; p < size; p++) {
            story[p] = p;
        }
        links.each((source, target) -> union(story, source, target, earlier));
        for (int p = 0; p < size; p++) {
            story[p] = root(story, p); // each parent its root
        }
        for (int p = 0; p < size; p++) {
            int root = story[p] < 0 ? p : story[p];
            story[root] = (story[root] == root ? 0 : story[root]) - 1;
        }
        return story;
    }

    /** Joins two sets; the root stays the earlier member, so it names the story. */
    private static void union(int[] parent, int a, int b, IntBinaryOperator earlier) {
        if (a < 0 || b < 0) {
            return;
        }
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA == rootB) {
            return;
        }
        if (earlier.applyAsInt(rootA, rootB) <= 0) {
            parent[rootB] = rootA;
        } else {
            parent[rootA] = rootB;
        }
    }

    /** The root of {@code p}'s set, halving the path on the way. */
    private static int root(int[] parent, int p) {
        while (parent[p] != p) {
            parent[p] = parent[parent[p]];
            p = parent[p];
        }
        return p;
    }
}
