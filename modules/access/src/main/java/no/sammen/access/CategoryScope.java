package no.sammen.access;

import java.util.List;

/**
 * What a profession may do in one category: the fields it may read and the fields it may write ({@code "*"}: all
 * fields of the category; empty: none).
 */
public record CategoryScope(List<String> read, List<String> write) {

    public CategoryScope {
        read = read == null ? List.of() : List.copyOf(read);
        write = write == null ? List.of() : List.copyOf(write);
    }
}
