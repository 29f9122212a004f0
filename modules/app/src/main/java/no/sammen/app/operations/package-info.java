/**
 * What operators need: health checks for the load balancer and the orchestrator ({@code /health/ready} checks the
 * database), and log lines as one JSON object each, with the request id, and with every value neutralised so a
 * crafted input cannot forge a line.
 */
package no.sammen.app.operations;
