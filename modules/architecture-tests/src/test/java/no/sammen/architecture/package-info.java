/**
 * Architecture tests: the module design, written down as rules the build enforces.
 *
 * <p>The rules live in one place ({@link no.sammen.architecture.SammenArchitecture}) and take the root package as a
 * parameter, so the very same rule objects run against production ({@code no.sammen}) and against small fixture code
 * bases. A rule that never fails protects nothing (kgrzybek's copy-paste bug, style.md "Avoid"): each rule has a
 * fixture that must fail it, and one good fixture must pass them all, so a rule that always fails is caught too.
 */
package no.sammen.architecture;
