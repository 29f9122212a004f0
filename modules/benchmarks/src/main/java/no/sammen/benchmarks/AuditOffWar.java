package no.sammen.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds the one variant of Sammen that records nothing, to measure what the audit adds to a request (issue 5):
 * a copy of the development WAR with one more library, compiled here from the source below, whose {@code
 * AccessJournal} is a CDI alternative that returns at once. Everything else in the copy is the same bytes as the
 * WAR it is made from. Sammen itself has no switch that turns its audit off, and this program is the only way the
 * variant comes about: it is built for a benchmark run and never deployed anywhere else.
 *
 * <p>{@code mvn -q -pl modules/benchmarks -Paudit-off-war [-Dwar=deployment/dev/target/sammen.war]
 * [-Dout=modules/benchmarks/target/sammen-audit-off.war]}, then start the development stack with
 * {@code -Dsammen.dev.war=<out>}.
 */
public final class AuditOffWar {

    private static final PrintStream CONSOLE = System.out;

    /** The whole library: an access journal that writes nothing, chosen over the audit module's by its priority. */
    static final String SOURCE = """
            package no.sammen.auditoff;

            import jakarta.annotation.Priority;
            import jakarta.enterprise.context.ApplicationScoped;
            import jakarta.enterprise.inject.Alternative;

            import no.sammen.platform.AccessJournal;
            import no.sammen.platform.AuditEvent;

            /** For benchmarks only: records nothing. */
            @ApplicationScoped
            @Alternative
            @Priority(1_000_000)
            public class UnrecordedJournal implements AccessJournal {

                @Override
                public void record(AuditEvent event) {
                }
            }
            """;

    static final String LIBRARY = "WEB-INF/lib/sammen-audit-off.jar";

    private AuditOffWar() {
    }

    public static void main(String[] args) throws Exception {
        DevStackFiles files = DevStackFiles.find();
        Path war = files.root().resolve(System.getProperty("war", "deployment/dev/target/sammen.war"));
        Path out = files.root().resolve(System.getProperty("out", "modules/benchmarks/target/sammen-audit-off.war"));
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException(war + " does not exist: build it first (mvn -o -q package -DskipTests)");
        }
        Path work = Files.createTempDirectory("sammen-audit-off");
        try {
            byte[] library = library(war, work);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (ZipFile in = new ZipFile(war.toFile());
                 ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
                for (ZipEntry entry : in.stream().toList()) {
                    if (entry.getName().equals(LIBRARY)) {
                        continue;
                    }
                    copy.putNextEntry(new ZipEntry(entry.getName()));
                    try (InputStream bytes = in.getInputStream(entry)) {
                        bytes.transferTo(copy);
                    }
                    copy.closeEntry();
                }
                copy.putNextEntry(new ZipEntry(LIBRARY));
                copy.write(library);
                copy.closeEntry();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        CONSOLE.println("Wrote " + files.root().relativize(out.toAbsolutePath()) + ": " + files.root().relativize(war)
                + " whose access journal records nothing. Start it with -Dsammen.dev.war=" + out.toAbsolutePath());
    }

    /** The library's jar: the compiled journal and a {@code beans.xml}. */
    private static byte[] library(Path war, Path work) throws IOException, URISyntaxException {
        Path platform = work.resolve("platform.jar");
        try (ZipFile in = new ZipFile(war.toFile())) {
            ZipEntry jar = in.stream().filter(e -> e.getName().matches("WEB-INF/lib/sammen-platform-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(war + " has no platform library"));
            try (InputStream bytes = in.getInputStream(jar)) {
                Files.copy(bytes, platform);
            }
        }
        Path source = work.resolve("src/no/sammen/auditoff/UnrecordedJournal.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SOURCE);
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        Path api = Path.of(jakarta.enterprise.context.ApplicationScoped.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("This JVM has no compiler (a JDK is needed, not a JRE)");
        }
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(), "-cp",
                platform + java.io.File.pathSeparator + api, source.toString()));
        if (javac.run(null, null, null, options.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("The unrecorded journal did not compile");
        }
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar)) {
            add(out, "META-INF/beans.xml", """
                    <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
                    """.getBytes(StandardCharsets.UTF_8));
            add(out, "no/sammen/auditoff/UnrecordedJournal.class",
                    Files.readAllBytes(classes.resolve("no/sammen/auditoff/UnrecordedJournal.class")));
        }
        return jar.toByteArray();
    }

    private static void add(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(bytes);
        jar.closeEntry();
    }
}
