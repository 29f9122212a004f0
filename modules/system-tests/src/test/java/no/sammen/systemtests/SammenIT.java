package no.sammen.systemtests;

import java.io.File;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one server boot of the system tests: Arquillian deploys the packaged WAR to Payara Micro, and every scenario
 * class runs against it as a nested class. Add a scenario class as another {@code @Nested} member here.
 */
@ExtendWith(ArquillianExtension.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class SammenIT {

    @Deployment(testable = false)
    static WebArchive sammen() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("sammen.war")))
                .as(WebArchive.class);
    }

    @Nested
    class Operability extends OperabilityScenarios {
    }

    @Nested
    class Login extends LoginScenarios {
    }

    @Nested
    class Sessions extends SessionScenarios {
    }

    @Nested
    class Api extends ApiScenarios {
    }

    @Nested
    class Browser extends BrowserScenarios {
    }

    @Nested
    class EnforcingProvider extends EnforcingProviderScenarios {
    }

    @Nested
    class ChildrenAndTeams extends ChildrenScenarios {
    }

    @Nested
    class Reports extends ReportsScenarios {
    }

    @Nested
    class ObservationsAndCarePlan extends ObservationsAndCarePlanScenarios {
    }

    @Nested
    class TasksTimelineHandover extends TasksTimelineHandoverScenarios {
    }

    @Nested
    class HandoverPages extends HandoverPagesScenarios {
    }

    @Nested
    class RecordPages extends RecordPagesScenarios {
    }

    @Nested
    class Audit extends AuditScenarios {
    }

    @Nested
    class ConsentAccess extends ConsentAccessScenarios {
    }

    @Nested
    class Media extends MediaScenarios {
    }

    @Nested
    class Messaging extends MessagingScenarios {
    }

    @Nested
    class KnowMe extends KnowMeScenarios {
    }

    @Nested
    class ChatPages extends ChatPagesScenarios {
    }

    @Nested
    class Roles extends RolesScenarios {
    }

    /** Last: reads what the server logged during all the scenarios before it. */
    @Nested
    @Order(Integer.MAX_VALUE)
    class Logs extends LogScenarios {
    }
}
