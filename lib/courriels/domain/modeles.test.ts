import { describe, expect, it } from "vitest";

import { formesDuNom } from "@/lib/collectivite/domain/nom";
import { corpsHtml, MODELES, rendreCourriel, type NomModele } from "./modeles";

const LIEN = new URL("https://portail.val-de-lys.test/verifier-email?jeton=AbC-123_xyz");
const VAL_DE_LYS = formesDuNom({ article: "la", nom: "Communauté de communes du Val de Lys" });

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
    const donnees = { lien: LIEN, collectivite: VAL_DE_LYS, ...PERSONNEL };
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
      const a = rendreCourriel(nom, { lien: LIEN, collectivite: VAL_DE_LYS });
      const b = rendreCourriel(nom, { lien: autre, collectivite: VAL_DE_LYS });
      expect(b.texte).toBe(a.texte.replace(LIEN.toString(), autre.toString()));
      expect(b.sujet).toBe(a.sujet);
    }
  });

  it("chaque courriel nomme la collectivité par son nom et son article, jamais « la collectivité » ni « la mairie »", () => {
    const syndicat = formesDuNom({ article: "le", nom: "Syndicat scolaire des Deux Rives" });
    for (const nom of noms) {
      const { sujet, texte } = rendreCourriel(nom, { lien: LIEN, collectivite: syndicat });
      expect(texte).toContain("Portail Famille du Syndicat scolaire des Deux Rives");
      expect(`${sujet}\n${texte}`).not.toMatch(/collectivité|mairie|commune\b/i);
    }
    expect(rendreCourriel("nouveau_message", { lien: LIEN, collectivite: syndicat }).sujet).toBe(
      "Nouveau message du Syndicat scolaire des Deux Rives",
    );
    expect(rendreCourriel("demande_complement", { lien: LIEN, collectivite: VAL_DE_LYS }).sujet).toBe(
      "La Communauté de communes du Val de Lys a besoin d'un complément pour votre demande",
    );
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
