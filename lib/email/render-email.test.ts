import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email";

describe("renderEmail", () => {
  const email = renderEmail({
    subject: "Votre fiche",
    heading: "Fiche de références",
    paragraphs: ['Marie & "Jean" <script>alert(1)</script>'],
    action: { label: "Ouvrir la liste", url: "https://211.example/fr/liste?services=a,b&x=1" },
    footer: "Ligne 211",
    locale: "fr",
  });

  it("escapes every text in the HTML version", () => {
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("Marie &amp; &quot;Jean&quot; &lt;script&gt;");
    expect(email.html).toContain('href="https://211.example/fr/liste?services=a,b&amp;x=1"');
    expect(email.html).toContain('<html lang="fr">');
  });

  it("gives the same words as plain text, the link written out", () => {
    expect(email.text).toBe(
      'Fiche de références\n\nMarie & "Jean" <script>alert(1)</script>\n\n' +
        "Ouvrir la liste: https://211.example/fr/liste?services=a,b&x=1\n\n--\nLigne 211",
    );
  });
});
