package dev.lede.core.library;

import java.util.Optional;

/** Finds the position of the entry a related headline names, among the first {@code limit} entries. */
interface RelatedResolver {

    Optional<Integer> resolve(String headline, int limit);
}
