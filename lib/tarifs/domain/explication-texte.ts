// Renders a structured explanation as plain French lines for the citizen, the agent and the admin preview:
//   « Quotient familial : 612 € par mois (revenu fiscal de référence ÷ nombre de parts ÷ 12, arrondi à l'euro
//     inférieur), certifié DGFiP, revenus 2025 »
//   « QF 612 € → tranche 2 (de 501 € à 800 €) : 2,35 € »
import { libelleAnneeRevenus } from "@/lib/fiscal/domain/annee-fiscale";
import type {
  BaseExpliquee,
  ExplicationTarif,
  ModificateurExplique,
  MotifSansQuotient,
  NatureQuotient,
  QuotientExplique,
  SourceDonnee,
} from "./explication.schema";
import {
  formaterEurosExact,
  formaterMontantSouple,
  formaterPourcent,
  formaterPrix,
  LIBELLES_UNITE,
  ordinal,
} from "./format-fr";

const SOURCES: Record<SourceDonnee, string> = {
  dgfip_franceconnect: "certifié DGFiP (via FranceConnect)",
  dgfip_spi: "certifié DGFiP",
  saisie_agent: "saisi par un agent d'après justificatif",
  cnaf: "certifié CNAF",
  msa: "certifié MSA",
  saisie_apercu: "saisi pour l'aperçu",
};

const MOTIFS: Record<MotifSansQuotient, string> = {
  aucune_donnee: "aucune donnée de revenus (consentement refusé ou aucune donnée trouvée)",
  pas_de_quotient_caf: "pas de quotient familial CAF",
  rfr_indisponible: "revenu fiscal de référence indisponible",
  revenu_imposable_indisponible: "revenu imposable indisponible (il n'est fourni qu'avec le numéro fiscal)",
  parts_invalides: "nombre de parts fiscales inutilisable",
  quotient_incompatible: "le quotient connu n'est pas celui que demande cette grille",
};

const ARRONDIS_QUOTIENT = {
  centime: "arrondi au centime",
  euro: "arrondi à l'euro le plus proche",
  euro_inferieur: "arrondi à l'euro inférieur",
} as const;
const ARRONDIS_PRIX = {
  demi_superieur: "arrondi au centime le plus proche (un demi-centime compte pour un centime)",
  inferieur: "arrondi au centime inférieur",
  superieur: "arrondi au centime supérieur",
} as const;

const MOIS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** The tax sources (an agent's entry says nothing of what the DGFiP has); others carry no income year. */
const fiscale = (s: SourceDonnee | null) =>
  s === "dgfip_franceconnect" || s === "dgfip_spi" || s === "saisie_agent" ? s : null;

const REVENUS: Record<NatureQuotient, string> = {
  fiscal_rfr: "revenu fiscal de référence et parts",
  fiscal_revenu_imposable: "revenu imposable et parts",
  caf: "quotient familial",
  saisi: "données",
};
const RANGS = ["premier", "second", "troisième", "quatrième"];

/** A sum of foyers fiscaux: each one's own provenance, per foyer and for the data it brings. */
function provenances(q: Extract<QuotientExplique, { disponible: true }>): string {
  const foyers = q.foyers ?? [];
  const certifie = (s: SourceDonnee) => SOURCES[s].replace(/^certifié/, "certifiés").replace(/^saisi /, "saisis ");
  const details = foyers.map(
    (f, i) =>
      `${i === 0 ? `${REVENUS[q.nature]} du ` : "du "}${RANGS[i] ?? `${i + 1}e`} ${certifie(f.source)}, ${libelleAnneeRevenus(f.anneeRevenus, q.anneeAttendue, fiscale(f.source))}`,
  );
  return `, somme de ${foyers.length === 2 ? "deux" : foyers.length} foyers fiscaux : ${details.join(" ; ")}`;
}

function origine(q: Extract<QuotientExplique, { disponible: true }>): string {
  if (q.foyers && q.foyers.length > 1) return provenances(q);
  const parties: string[] = [];
  if (q.source) parties.push(SOURCES[q.source]);
  if (q.anneeRevenus !== null) parties.push(libelleAnneeRevenus(q.anneeRevenus, q.anneeAttendue, fiscale(q.source)));
  const m = q.mois?.match(/^(\d{4})-(\d{2})$/);
  if (m) parties.push(`${MOIS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`);
  return parties.length ? `, ${parties.join(", ")}` : "";
}

function ligneQuotient(q: QuotientExplique): string {
  if (!q.disponible) return `Aucun quotient familial : ${MOTIFS[q.motif]}.`;
  const par = q.periode === "mensuel" ? "par mois" : "par an";
  const div = q.periode === "mensuel" ? " ÷ 12" : "";
  const formule: Record<typeof q.nature, string> = {
    fiscal_rfr: `revenu fiscal de référence ÷ nombre de parts${div}, `,
    fiscal_revenu_imposable: `revenu imposable ÷ nombre de parts${div}, `,
    caf: "quotient familial CAF, ",
    saisi: "",
  };
  const conversion = q.converti
    ? q.periode === "mensuel"
      ? ", converti d'annuel en mensuel"
      : ", converti de mensuel en annuel"
    : "";
  return `Quotient familial : ${formaterMontantSouple(q.valeurCentimes)} ${par} (${formule[q.nature]}${ARRONDIS_QUOTIENT[q.arrondi]}${conversion})${origine(q)}`;
}

function intervalle(min: number, max: number | null): string {
  return max === null
    ? `à partir de ${formaterMontantSouple(min)}`
    : `de ${formaterMontantSouple(min)} à ${formaterMontantSouple(max)}`;
}

function ligneBase(b: BaseExpliquee, q: QuotientExplique): string {
  const qf = q.disponible ? `QF ${formaterMontantSouple(q.valeurCentimes)}` : "Sans quotient";
  if (b.type === "tranche") {
    const tranche = `tranche ${b.numero}`;
    const choix = b.sansDonnees
      ? `tranche la plus haute (${tranche}, ${intervalle(b.minCentimes, b.maxCentimes)})`
      : `${tranche} (${intervalle(b.minCentimes, b.maxCentimes)})`;
    return `${qf} → ${choix} : ${formaterPrix(b.prixCentimes)}`;
  }
  const borne = (quoi: "plancher" | "plafond" | null, texte: { plancher: string; plafond: string }) =>
    quoi === "plancher"
      ? ` → relevé au plancher de ${texte.plancher}`
      : quoi === "plafond"
        ? ` → ramené au plafond de ${texte.plafond}`
        : "";
  if (b.type === "taux_effort") {
    const bornes = { plancher: formaterPrix(b.plancherCentimes), plafond: formaterPrix(b.plafondCentimes) };
    const cadre = ` (plancher ${bornes.plancher}, plafond ${bornes.plafond})`;
    if (b.brutEuros === null) return `${qf} → plafond : ${bornes.plafond}${cadre}`;
    return `${qf} × ${formaterPourcent(b.tauxPourcent)} = ${formaterEurosExact(b.brutEuros)}${borne(b.borne, bornes)}${cadre}`;
  }
  const bornes = { plancher: formaterPourcent(b.plancherPourcent), plafond: formaterPourcent(b.plafondPourcent) };
  const pct = formaterPourcent(Number(b.pourcentageApplique));
  const debut =
    b.pourcentageBrut === null
      ? `${qf} → plafond de ${bornes.plafond} du tarif plein`
      : `${qf} × ${formaterPourcent(b.tauxPourcent)} par euro = ${formaterPourcent(Number(b.pourcentageBrut))} du tarif plein${borne(b.borne, bornes)}`;
  return `${debut} (entre ${bornes.plancher} et ${bornes.plafond}) ; ${pct} × ${formaterPrix(b.prixPleinCentimes)} = ${formaterEurosExact(b.montantEuros)}`;
}

function ligneModificateur(m: ModificateurExplique): string {
  const apres = formaterEurosExact(m.montantEuros);
  switch (m.type) {
    case "occasionnel":
      return `Fréquentation occasionnelle : ${formaterPourcent(m.pourcentagePaye)} du tarif → ${apres}`;
    case "fratrie":
      return `${ordinal(m.rang)} enfant inscrit (à partir du ${ordinal(m.aPartirDuRang)}) : ${formaterPourcent(m.pourcentagePaye)} du tarif → ${apres}`;
    case "fratrie_exclue":
      return `${ordinal(m.rang)} enfant inscrit : la réduction de fratrie à partir du ${ordinal(m.aPartirDuRang)} (${formaterPourcent(m.pourcentagePaye)} du tarif) ne s'applique pas à la tranche ${m.tranche}`;
    case "pai_pourcentage":
      return `PAI, repas fourni par la famille : ${formaterPourcent(m.pourcentagePaye)} du tarif → ${apres}`;
    case "pai_prix_fixe":
      return `PAI, repas fourni par la famille : prix fixe de ${formaterPrix(m.prixCentimes)}`;
  }
}

const RESIDENCES = { resident: "résident", non_resident: "non-résident" } as const;

/** Plain French lines, in the order of the computation. */
export function expliquerEnFrancais(e: ExplicationTarif): string[] {
  const lignes = [ligneQuotient(e.quotient)];
  if (e.colonne.plusieurs) lignes.push(`Colonne « ${e.colonne.libelle} »`);
  lignes.push(ligneBase(e.base, e.quotient));
  for (const m of e.modificateurs) lignes.push(ligneModificateur(m));
  const final = `${formaterPrix(e.montantCentimes)} ${LIBELLES_UNITE[e.unite].par}`;
  const exact = formaterEurosExact(e.arrondi.montantExactEuros);
  lignes.push(
    exact === formaterPrix(e.montantCentimes)
      ? `Tarif : ${final}`
      : `Tarif : ${exact}, ${ARRONDIS_PRIX[e.arrondi.regle]} : ${final}`,
  );
  if (e.avertissements.includes("residence_a_verifier")) {
    lignes.push(
      `Tarif provisoire : l'adresse fiscale doit être vérifiée par un agent (tarif ${RESIDENCES[e.situation.residenceAppliquee]} appliqué en attendant).`,
    );
  }
  return lignes;
}
