/**
 * The child's shared record: the child, the family, the care team, daily reports from templates, observations,
 * the advance care plan, tasks, the timeline and the "since your last visit" handover.
 *
 * <p>This base package is the module's public API: façade interfaces, one per aggregate ({@link
 * no.sammen.records.Children}, {@link no.sammen.records.ReportTemplates}, {@link no.sammen.records.Reports},
 * {@link no.sammen.records.Observations}, {@link no.sammen.records.CarePlans}, {@link no.sammen.records.Tasks},
 * {@link no.sammen.records.Timeline} (with the handover)), and the records they take and return.
 * One façade per aggregate rather than one for the module: each is small, and the module's API is the set of them. Every façade method that touches one
 * child's data takes a {@link no.sammen.platform.ChildRef} and carries {@link no.sammen.platform.ChildAccess}, so the
 * one access rule ({@link no.sammen.platform.AccessPolicy}) decides before any of it runs; lists across children are
 * narrowed in SQL by the caller's relations. Until the consent and access module brings the full rule, the rule is
 * the records module's own: care-team membership, or being the child or a guardian.
 */
@Module(allowedDependencies = {"identity"})
package no.sammen.records;

import no.sammen.platform.Module;
