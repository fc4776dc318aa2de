import { describe, expect, it } from "vitest";

import { corpsHtml, MODELES, rendreCourriel, type NomModele } from "./modeles";

const LIEN = new URL("https://portail.val-de-lys.test/verifier-email?jeton=AbC-123_xyz");

// What callers hold when they send: none of it may reach a message, whatever is handed to the template.
const PERSONNEL = {
  prenoms: "Anouk",
  nom: "ALBERTI",
  email: "anouk.alberti@exemple.test",
  dateNaissance: "1984-03-12",
  revenuFiscalReference: "31 415",
  titulaire: "Marianne DUPONT",
};

describe("modèles de courriels", () => {
  const noms = Object.keys(MODELES) as NomModele[];

  it("couvre chaque courriel du portail", () => {
    expect(noms.toSorted()).toEqual(
      [
        "activation_compte",
        "reinitialisation_mot_de_passe",
        "invitation_second_parent",
        "invitation_personnel",
        "reinitialisation_imposee",
        "demande_recue",
        "demande_validee",
        "decision_validation",
        "decision_rejet",
        "demande_complement",
        "nouveau_message",
        "nouvelle_autorisation",
        "nouvelle_annee_revenus",
      ].toSorted(),
    );
  });

  it.each(noms)("« %s » : texte et HTML en français, avec le lien et rien de personnel", (nom) => {
    const donnees = { lien: LIEN, ...PERSONNEL };
    const { sujet, texte, html } = rendreCourriel(nom, donnees);
    expect(sujet.length).toBeGreaterThan(10);
    expect(texte).toMatch(/^Bonjour,\n\n/);
    expect(texte).toContain(LIEN.toString());
    expect(texte).toContain("Ce message est envoyé automatiquement");
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`<title>${sujet}</title>`);
    expect(html).toContain(`<a href="${LIEN.toString()}">`);
    for (const valeur of Object.values(PERSONNEL)) {
      expect(sujet).not.toContain(valeur);
      expect(texte).not.toContain(valeur);
      expect(html).not.toContain(valeur);
    }
  });

  it("le lien est la seule partie variable d'un message", () => {
    const autre = new URL("https://portail.val-de-lys.test/espace/demandes/9f1c");
    for (const nom of noms) {
      const a = rendreCourriel(nom, { lien: LIEN });
      const b = rendreCourriel(nom, { lien: autre });
      expect(b.texte).toBe(a.texte.replace(LIEN.toString(), autre.toString()));
      expect(b.sujet).toBe(a.sujet);
    }
  });

  it("fait du texte un HTML simple : paragraphes, liens, caractères échappés", () => {
    const html = corpsHtml(
      "Bonjour,\n\nVotre lien :\nhttps://portail.test/a?b=1&c=2\n\n<script>x</script>",
      "Sujet & co",
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<title>Sujet &amp; co</title>");
    expect(html).toContain("<p>Bonjour,</p>");
    expect(html).toContain(
      'Votre lien :<br><a href="https://portail.test/a?b=1&amp;c=2">https://portail.test/a?b=1&amp;c=2</a>',
    );
    expect(html).toContain("<p>&lt;script&gt;x&lt;/script&gt;</p>");
    expect(html).not.toContain("<script>");
  });
});
