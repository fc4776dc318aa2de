// The editor's buttons other than "save": add or remove a bracket, a column, a sibling step, or apply a new mode.
// They only reshape the form (nothing is saved), so that the editor works without JavaScript: the button's
// name/value reaches the action, which sends the reshaped form back.
import { colonneVide, LIMITES, tauxVide, trancheVide, type GrilleEditee } from "./modele";

export type ResultatCommande = { ok: true; grille: GrilleEditee; message: string } | { ok: false; message: string };

const LIBELLES_MODE = {
  tranches: "tranches de quotient",
  taux_effort: "taux d'effort",
  tpi: "taux de participation individualisé (TPI)",
} as const;

/** `commande` is the submit button's value: "ajouter-tranche", "retirer-tranche:2", "ajouter-colonne", "retirer-colonne:1", "ajouter-palier", "retirer-palier:0", "appliquer-mode". */
export function appliquerCommande(g: GrilleEditee, commande: string): ResultatCommande {
  const [verbe, cible] = commande.split(":");
  const i = Number(cible);
  const indexValide = (n: number) => cible !== undefined && /^\d{1,3}$/.test(cible) && i < n;
  const apres = (grille: GrilleEditee, message: string): ResultatCommande => ({
    ok: true,
    grille,
    message: `${message} Rien n'est enregistré tant que vous n'avez pas cliqué sur « Enregistrer le brouillon ».`,
  });
  switch (verbe) {
    case "ajouter-tranche":
      if (g.tranches.length >= LIMITES.tranches) return { ok: false, message: `${LIMITES.tranches} tranches au plus.` };
      return apres(
        { ...g, tranches: [...g.tranches, trancheVide(g.colonnes.length)] },
        `Tranche ${g.tranches.length + 1} ajoutée.`,
      );
    case "retirer-tranche":
      if (!indexValide(g.tranches.length)) return { ok: false, message: "Cette tranche n'existe pas." };
      if (g.tranches.length === 1) return { ok: false, message: "Une grille par tranches garde au moins une tranche." };
      return apres(
        {
          ...g,
          tranches: g.tranches.filter((_, k) => k !== i),
          // Brackets kept out of a sibling step follow the renumbering; the removed one leaves the list.
          fratrie: g.fratrie.map((p) => ({
            ...p,
            sauf: p.sauf
              .filter((n) => n !== String(i + 1))
              .map((n) => (/^\d{1,2}$/.test(n) && Number(n) > i + 1 ? String(Number(n) - 1) : n)),
          })),
        },
        `Tranche ${i + 1} retirée.`,
      );
    case "ajouter-colonne":
      if (g.colonnes.length >= LIMITES.colonnes)
        return { ok: false, message: `${LIMITES.colonnes} colonnes de prix au plus.` };
      return apres(
        {
          ...g,
          colonnes: [...g.colonnes, colonneVide()],
          tranches: g.tranches.map((t) => ({ ...t, prix: [...t.prix, ""] })),
          taux: [...g.taux, tauxVide()],
        },
        `Colonne ${g.colonnes.length + 1} ajoutée.`,
      );
    case "retirer-colonne": {
      if (!indexValide(g.colonnes.length)) return { ok: false, message: "Cette colonne n'existe pas." };
      if (g.colonnes.length === 1) return { ok: false, message: "Une grille garde au moins une colonne de prix." };
      const garder = <T>(l: T[]) => l.filter((_, k) => k !== i);
      return apres(
        {
          ...g,
          colonnes: garder(g.colonnes),
          tranches: g.tranches.map((t) => ({ ...t, prix: garder(t.prix) })),
          taux: garder(g.taux),
        },
        `Colonne ${i + 1} retirée.`,
      );
    }
    case "ajouter-palier":
      if (g.fratrie.length >= LIMITES.fratrie)
        return { ok: false, message: `${LIMITES.fratrie} paliers de fratrie au plus.` };
      return apres(
        { ...g, fratrie: [...g.fratrie, { rang: "", pourcentage: "", sauf: [] }] },
        `Palier de fratrie ${g.fratrie.length + 1} ajouté.`,
      );
    case "retirer-palier":
      if (!indexValide(g.fratrie.length)) return { ok: false, message: "Ce palier n'existe pas." };
      return apres({ ...g, fratrie: g.fratrie.filter((_, k) => k !== i) }, `Palier de fratrie ${i + 1} retiré.`);
    case "appliquer-mode":
      return apres(g, `Mode de calcul : ${LIBELLES_MODE[g.mode]}.`);
    default:
      return { ok: false, message: "Commande inconnue." };
  }
}
