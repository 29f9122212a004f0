/**
 * The backing beans of the Faces pages: thin request-scoped views over the modules' façades, so a page gets exactly
 * the access rules, validation and audit the API gets. Failures raised by a façade become the matching HTTP status
 * and error page ({@link no.sammen.app.pages.FailureHandlerFactory}), never a stack trace — except on a form, whose
 * action catches bad input and conflicts and shows them next to the fields they name, with everything the person
 * entered kept. Forms built from data (a template's fields) read what they are about from the request itself, so
 * the same form is built again for its post; the one form that grows between posts (the care plan's rows) is
 * view-scoped and holds only text.
 */
package no.sammen.app.pages;
