/**
 * The backing beans of the Faces pages: thin request-scoped views over the modules' façades, so a page gets exactly
 * the access rules, validation and audit the API gets. Failures raised by a façade become the matching HTTP status
 * and error page ({@link no.sammen.app.pages.FailureHandlerFactory}), never a stack trace.
 */
package no.sammen.app.pages;
