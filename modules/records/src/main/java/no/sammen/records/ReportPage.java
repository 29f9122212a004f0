package no.sammen.records;

import java.util.List;

/**
 * One page of a child's reports, newest first.
 *
 * @param reports the reports on this page
 * @param next    the opaque cursor for the next page ({@code before=}), or {@code null} on the last page
 */
public record ReportPage(List<ReportSummary> reports, String next) {

    public ReportPage {
        reports = List.copyOf(reports);
    }
}
