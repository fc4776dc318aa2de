// "What the portal holds about you", counted from the export itself, so the page and the file never disagree.
import type { ExportDonnees } from "./export.query";

export interface LigneResume {
  libelle: string;
  valeur: string;
}

const pluriel = (n: number, un: string, plusieurs: string) => `${n} ${n > 1 ? plusieurs : un}`;

export function resumerDonnees(e: ExportDonnees): LigneResume[] {
  const f = e.foyer;
  const identite = [e.compte.prenoms, e.compte.nomUsage ?? e.compte.nomNaissance].filter(Boolean).join(" ");
  const lignes: LigneResume[] = [
    {
      libelle: "Compte",
      valeur: `${identite || "identité non renseignée"}${e.compte.identiteCertifiee ? " (identité certifiée par FranceConnect)" : ""}${e.compte.email ? `, ${e.compte.email}` : ""}`,
    },
  ];
  if (!f) return [...lignes, { libelle: "Foyer", valeur: "aucun foyer enregistré pour le moment" }];
  const inscriptions = f.enfants.flatMap((x) => x.inscriptions);
  const accordes = f.consentements.filter((c) => c.statut === "accorde").length;
  const annees = [...new Set(f.donneesFiscales.map((d) => d.anneeRevenus))].sort();
  return [
    ...lignes,
    { libelle: "Responsables légaux", valeur: String(f.responsablesLegaux.length) },
    { libelle: "Enfants", valeur: String(f.enfants.length) },
    {
      libelle: "Inscriptions",
      valeur: `${inscriptions.length}, dont ${inscriptions.filter((i) => i.statut === "validee").length} validée(s), avec leurs tarifs expliqués`,
    },
    { libelle: "Accords pour les données fiscales", valeur: `${f.consentements.length}, dont ${accordes} en vigueur` },
    {
      libelle: "Données fiscales obtenues",
      valeur: annees.length ? `revenus ${annees.join(", ")} (source et année indiquées dans l'export)` : "aucune",
    },
    { libelle: "Pièces justificatives", valeur: pluriel(f.pieces.length, "pièce", "pièces") },
    {
      libelle: "Dossiers et messages",
      valeur: `${pluriel(f.dossiers.length, "dossier", "dossiers")}, ${pluriel(f.messages.length, "message", "messages")}`,
    },
    {
      libelle: "Appels aux administrations",
      valeur: `${f.appelsAuxAdministrations.length} (sans les données échangées)`,
    },
  ];
}
