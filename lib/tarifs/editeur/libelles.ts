// French wording of the editor: the choices of each list, and the name of a field for the error summary
// ("Tranche 3, prix « Non-résident »"). Pure, imported by the client editor.
import type { GrilleEditee, TauxEdite } from "./modele";

const o = (valeur: string, libelle: string) => ({ valeur, libelle });

export const OPTIONS = {
  mode: [
    o("tranches", "Tranches de quotient familial"),
    o("taux_effort", "Taux d'effort (prix = quotient × taux, entre un plancher et un plafond)"),
    o("tpi", "Taux de participation individualisé (pourcentage d'un tarif plein)"),
  ],
  source: [
    o("fiscal", "Quotient fiscal (revenus ÷ nombre de parts)"),
    o("caf", "Quotient CAF uniquement"),
    o("caf_sinon_fiscal", "Quotient CAF pour les allocataires, fiscal pour les autres"),
  ],
  revenu: [
    o("rfr", "Revenu fiscal de référence"),
    o("revenu_imposable", "Revenu imposable (seulement avec le numéro fiscal)"),
  ],
  periode: [o("mensuel", "Mensuel (÷ 12)"), o("annuel", "Annuel")],
  arrondiQuotient: [
    o("euro_inferieur", "À l'euro inférieur"),
    o("euro", "À l'euro le plus proche"),
    o("centime", "Au centime"),
  ],
  residence: [o("", "Tous les foyers"), o("resident", "Résidents du territoire"), o("non_resident", "Non-résidents")],
  caf: [o("", "Allocataire CAF ou non"), o("oui", "Allocataires CAF"), o("non", "Non allocataires CAF")],
  pai: [o("", "Pas de tarif particulier"), o("pourcentage", "Un pourcentage du tarif"), o("prix_fixe", "Un prix fixe")],
  residenceAVerifier: [
    o("non_resident", "Tarif non-résident en attendant"),
    o("resident", "Tarif résident en attendant"),
  ],
  arrondi: [
    o("demi_superieur", "Au centime le plus proche (un demi-centime compte pour un)"),
    o("inferieur", "Au centime inférieur"),
    o("superieur", "Au centime supérieur"),
  ],
} as const;

export const LIBELLES_TAUX: Record<keyof TauxEdite, string> = {
  taux: "taux (%)",
  plancher: "plancher (€)",
  plafond: "plafond (€)",
  prixPlein: "tarif plein (€)",
  plancherPourcent: "plancher (% du tarif plein)",
  plafondPourcent: "plafond (% du tarif plein)",
};

export const SANS_DONNEES = {
  tranches: "Sans données de revenus (consentement refusé, rien trouvé), la tranche la plus haute s'applique.",
  taux: "Sans données de revenus (consentement refusé, rien trouvé), le plafond s'applique.",
} as const;

const FIXES: Record<string, string> = {
  "": "Grille",
  unite: "Unité de vente",
  mode: "Mode de calcul",
  "quotient.source": "Quotient : source",
  "quotient.revenu": "Quotient : revenu",
  "quotient.periode": "Quotient : période",
  "quotient.arrondi": "Quotient : arrondi",
  colonnes: "Colonnes de prix",
  tranches: "Tranches",
  fratrie: "Fratrie",
  "pai.type": "PAI",
  "pai.pourcentage": "PAI : pourcentage payé",
  "pai.prix": "PAI : prix fixe",
  occasionnel: "Fréquentation occasionnelle",
  residenceAVerifier: "Adresse à vérifier",
  arrondi: "Arrondi du prix",
};

/** "Colonne 2 « Non-résident »", or "Colonne 2" while it has no label. */
export function nomDeColonne(g: GrilleEditee, j: number): string {
  const l = g.colonnes[j]?.libelle.trim();
  return l ? `Colonne ${j + 1} « ${l} »` : `Colonne ${j + 1}`;
}

export function libelleDuChamp(champ: string, g: GrilleEditee): string {
  const fixe = FIXES[champ];
  if (fixe) return fixe;
  const [bloc, a, b, c] = champ.split(".");
  const i = Number(a);
  if (bloc === "colonnes")
    return `${nomDeColonne(g, i)}, ${{ libelle: "libellé", code: "code", residence: "résidence", caf: "allocataire CAF" }[b ?? ""] ?? b}`;
  if (bloc === "tranches" && b === "prix")
    return `Tranche ${i + 1}, prix ${g.colonnes[Number(c)]?.libelle.trim() ? `« ${g.colonnes[Number(c)]!.libelle.trim()} »` : `de la colonne ${Number(c) + 1}`}`;
  if (bloc === "tranches") return `Tranche ${i + 1}, ${b === "min" ? "à partir de" : "jusqu'à"}`;
  if (bloc === "taux") return `${nomDeColonne(g, i)}, ${LIBELLES_TAUX[b as keyof TauxEdite] ?? b}`;
  if (bloc === "fratrie")
    return `Fratrie, palier ${i + 1}, ${b === "rang" ? "à partir du rang" : b === "sauf" ? "tranches où la réduction ne s'applique pas" : "pourcentage payé"}`;
  return champ;
}
