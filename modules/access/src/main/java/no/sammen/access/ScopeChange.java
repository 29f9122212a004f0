package no.sammen.access;

import java.util.Map;

/**
 * A profession's new scope, whole: every category it may touch (others are outside it). {@code basedOnVersion} is
 * the version it was made from ({@code 0} for a profession without a scope yet); a stale one is a conflict.
 */
public record ScopeChange(Integer basedOnVersion, Map<String, CategoryScope> categories) {
}
