package no.sammen.audit;

import java.util.List;

import no.sammen.platform.ChildRef;

/**
 * The family's view of the trail: who accessed the child's record. Guarded as the child's {@code ACCESS_LOG}
 * category, so the access rule decides who may read it (the guardians and the child), and reading it is itself
 * recorded.
 */
public interface AccessLogs {

    /** The child's access log, newest first (at most 2000 entries). */
    List<AccessLogEntry> log(ChildRef child, AccessLogFilter filter);
}
