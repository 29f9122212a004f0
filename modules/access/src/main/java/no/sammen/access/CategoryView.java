package no.sammen.access;

import java.util.List;

/**
 * What a person may do in one category of a child's record.
 *
 * @param category the category's API name
 * @param read     the fields they would see ({@code "*"}: all), empty when none
 * @param write    the fields they could write, empty when none
 * @param basis    on what ground ({@code consent}, {@code membership}, ...), or why not
 */
public record CategoryView(String category, List<String> read, List<String> write, String basis) {
}
