package no.sammen.messaging.control;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import no.sammen.platform.LogSafe;

/**
 * The e-mail notice of a new message: "You have a new message in Sammen", never its content, its thread or the
 * child's name. Sent only when a Jakarta Mail session is configured by JNDI name
 * ({@code sammen.messaging.mail-session}; none by default), to people who gave an address, and once per thread until
 * they have read it (not per message). Sent after the message committed; a failure is logged, the message stands.
 */
@ApplicationScoped
public class MailNotices {

    static final String SUBJECT = "Sammen";
    static final String TEXT = "You have a new message in Sammen.\nDu har en ny melding i Sammen.\n";
    private static final Logger LOG = Logger.getLogger(MailNotices.class.getName());

    @Inject
    MessagingSettings settings;

    /** Notices to send once the message has committed. */
    public record Due(List<String> addresses) {
    }

    /** Whether a recipient gets an e-mail notice for a new message. */
    boolean wanted(String address, boolean unreadAlready) {
        return decide(settings.mailSession().isPresent(), address, unreadAlready);
    }

    /**
     * The decision: mail is configured, the person gave an address, and nothing in the thread was waiting for them
     * already (they were told about it and have not looked yet).
     */
    static boolean decide(boolean configured, String address, boolean unreadAlready) {
        return configured && address != null && !address.isBlank() && !unreadAlready;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        String name = settings.mailSession().orElse(null);
        if (name == null) {
            return;
        }
        try {
            Session session = (Session) new InitialContext().lookup(name);
            for (String address : due.addresses()) {
                MimeMessage mail = new MimeMessage(session);
                mail.setFrom(new InternetAddress(settings.mailFrom()));
                mail.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(address));
                mail.setSubject(SUBJECT, "UTF-8");
                mail.setText(TEXT, "UTF-8");
                Transport.send(mail);
            }
        } catch (NamingException | MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "e-mail notice not sent: " + LogSafe.value(String.valueOf(e)), e);
        }
    }
}
