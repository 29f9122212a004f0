package no.sammen.devstack;

import java.util.List;

/** The development login page: one button per persona, plus a form for made-up claims. */
final class LoginPage {

    private LoginPage() {
    }

    static String html(Personas personas) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Development ID provider</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 36rem; padding: 1rem; line-height: 1.4; }
                  h1 { font-size: 1.4rem; margin-bottom: .25rem; }
                  .note { color: #555; margin-top: 0; }
                  section { margin: 1.5rem 0; }
                  section.this-login h2::after { content: " \\2190 this login"; font-size: .8rem; color: #0a6; }
                  form.persona { margin: .5rem 0; }
                  button { font: inherit; width: 100%; text-align: left; padding: .75rem 1rem; font-size: 1rem; border: 1px solid #888;
                           border-radius: .5rem; background: #f6f6f6; cursor: pointer; }
                  button:hover, button:focus { background: #e6f0ff; }
                  .who { display: block; font-size: .85rem; color: #444; }
                  label { display: block; margin-top: .75rem; }
                  input[type=text], textarea { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem; }
                  textarea { min-height: 8rem; font-family: monospace; font-size: .85rem; }
                </style>
                </head>
                <body>
                <h1>Development ID provider</h1>
                <p class="note">Not a real login. Every person here is made up; pick one to continue.</p>
                """);
        section(html, Persona.HEALTH_ISSUER, personas.forIssuer(Persona.HEALTH_ISSUER));
        section(html, Persona.CITIZEN_ISSUER, personas.forIssuer(Persona.CITIZEN_ISSUER));
        html.append("""
                <section id="custom">
                <h2>Someone else</h2>
                <form method="post">
                <label for="username">Username (becomes the subject)</label>
                <input type="text" id="username" name="username" required autocapitalize="none">
                <label for="claims">Claims (JSON object)</label>
                <textarea id="claims" name="claims">{}</textarea>
                <p><button type="submit">Log in with these claims</button></p>
                </form>
                </section>
                <script>
                  (function () {
                    var id = location.pathname.split('/')[1];
                    var section = document.getElementById('login-' + id);
                    if (section) { section.className += ' this-login'; section.parentNode.insertBefore(section, section.parentNode.querySelector('section')); }
                  })();
                </script>
                </body>
                </html>
                """);
        return html.toString();
    }

    private static void section(StringBuilder html, String issuerId, List<Persona> personas) {
        html.append("<section id=\"login-").append(issuerId).append("\">\n<h2>")
                .append(escape(Persona.loginLabel(issuerId))).append("</h2>\n");
        for (Persona p : personas) {
            html.append("<form class=\"persona\" method=\"post\">")
                    .append("<input type=\"hidden\" name=\"username\" value=\"").append(escape(p.username())).append("\">")
                    .append("<input type=\"hidden\" name=\"claims\" value=\"").append(escape(p.claims())).append("\">")
                    .append("<button type=\"submit\">")
                    .append("<strong>").append(escape(p.displayName())).append("</strong> (").append(escape(p.username()))
                    .append(")<span class=\"who\">").append(escape(p.who())).append(" · ")
                    .append(escape(p.loginLabel())).append("</span></button></form>\n");
        }
        html.append("</section>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
