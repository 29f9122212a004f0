/**
 * The chat over HTTP: the REST resources under {@code /api/children/{childId}/threads}, {@code /api/threads} and
 * {@code /api/notifications}, and the live feed, a Jakarta WebSocket endpoint at {@code /ws/threads/{threadId}}
 * whose handshake is authenticated by the web session or a single-use ticket (docs/messaging-protocol.md).
 */
package no.sammen.messaging.boundary;
