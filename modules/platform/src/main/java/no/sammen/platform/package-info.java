/**
 * The shared kernel every Sammen module may depend on, and nothing more.
 *
 * <p>It holds only what has the same meaning in every module: who is calling ({@link no.sammen.platform.Caller}),
 * how identifiers are made ({@link no.sammen.platform.Ids}), and the handful of failures a business module may
 * raise ({@link no.sammen.platform.SammenException} and its subclasses). The web layer turns those failures into
 * RFC 9457 problem details; business code never throws HTTP types. Anything that is not the same in every module
 * belongs in that module, so this package stays small enough to read in a minute.
 */
@Module
package no.sammen.platform;
