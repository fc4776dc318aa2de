// Issue 22 §3: a form-level error summary only when fields are in error (the rule lives in the shared form).
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { EtatFormulaire } from "@/lib/server/etat-formulaire";
import { Champ } from "./champ";
import { Formulaire } from "./formulaire";

function rendre(etat: EtatFormulaire, prefixeIds?: string): string {
  // children go as createElement's third argument (react/no-children-prop); the type wants them among the props.
  const proprietes = {
    action: async () => etat,
    etatInitial: etat,
    prefixeIds,
    children: undefined,
  } satisfies ComponentProps<typeof Formulaire>;
  return renderToStaticMarkup(
    createElement(
      Formulaire,
      proprietes,
      createElement(Champ, { nom: etat.erreurs?.motif ? "motif" : "nom", libelle: "Champ" }),
    ),
  );
}

const ECHEC_CHAMPS = "Le formulaire contient des erreurs : corrigez les champs signalés.";

describe("résumé d'erreurs du formulaire commun", () => {
  it("des champs en erreur : un résumé qui les compte et mène à chacun", () => {
    const html = rendre({
      statut: "erreur",
      message: ECHEC_CHAMPS,
      erreurs: { nom: ["Nom : obligatoire"], "adresse.ville": ["Ville : 80 caractères au plus"], vide: [] },
    });
    expect(html).toContain("2 erreurs à corriger");
    expect(html).toContain('href="#champ-nom"');
    expect(html).toContain("Nom : obligatoire");
    expect(html).toContain('href="#champ-adresse.ville"');
    expect(html).not.toContain("#champ-vide");
  });

  it("deux formulaires d'une même page : les liens suivent le préfixe des ids du formulaire", () => {
    const html = rendre(
      { statut: "erreur", message: ECHEC_CHAMPS, erreurs: { motif: ["Motif : trop court"] } },
      "rejet-",
    );
    expect(html).toContain('href="#rejet-motif"');
    expect(html).toContain('id="rejet-motif"');
  });

  it("une seule erreur : « 1 erreur à corriger »", () => {
    expect(rendre({ statut: "erreur", message: ECHEC_CHAMPS, erreurs: { nom: ["Nom : obligatoire"] } })).toContain(
      "1 erreur à corriger",
    );
  });

  it("aucun champ en erreur : ni résumé ni « corrigez les champs signalés », le message seul", () => {
    for (const erreurs of [undefined, {}, { nom: [] }]) {
      const html = rendre({ statut: "erreur", message: ECHEC_CHAMPS, erreurs });
      expect(html).not.toMatch(/corrigez les champs|erreurs? à corriger|<ul/i);
      expect(html).toContain('role="alert"');
    }
  });

  it("une erreur sans champ (lien invalide) est dite telle quelle, sans liste", () => {
    const html = rendre({ statut: "erreur", message: "Ce lien d'activation est incomplet." });
    expect(html).toContain("Ce lien d&#x27;activation est incomplet.");
    expect(html).not.toContain("<ul");
  });

  it("un succès n'a pas de résumé d'erreurs", () => {
    const html = rendre({ statut: "succes", message: "Enregistré." });
    expect(html).toContain('role="status"');
    expect(html).not.toContain("à corriger");
  });
});
