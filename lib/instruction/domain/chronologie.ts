// The dossier's timeline: consents, upstream calls, fiscal snapshots, documents, decisions, messages and audit
// entries merged into one story, oldest first, in plain French. Upstream calls show what the call log keeps
// (resource, year, outcome, duration, correlation id), never a payload: there is none to show. Pure.
export type GenreEvenement =
  "dossier" | "consentement" | "appel" | "instantane" | "document" | "decision" | "message" | "audit";

export interface EvenementChronologie {
  cle: string;
  date: Date;
  genre: GenreEvenement;
  titre: string;
  details: string[];
  /** Who did it, when known ("la famille", an agent's name). */
  auteur: string | null;
}

type IssueAppel =
  | "succes"
  | "annee_indisponible"
  | "spi_inconnu"
  | "requete_invalide"
  | "acces_refuse"
  | "quota"
  | "echec_amont"
  | "jeton_invalide"
  | "situations_multiples"
  | "allocataire_inconnu";

type TypeDecision = "validation" | "rejet" | "demande_piece" | "saisie_fiscale" | "relance_api";
export type SourceFiscale = "dgfip_franceconnect" | "dgfip_spi" | "saisie_agent";
export type TypeDocument = "avis_imposition" | "attestation_caf" | "autre";

export interface SourcesChronologie {
  /** Its closing shows through the validation or rejection decision. */
  dossier: { id: string; creeLe: Date };
  consentements: {
    id: string;
    statut: "accorde" | "refuse" | "retire";
    creeLe: Date;
    retireLe: Date | null;
    donnees: string[];
    fournisseur: string;
    anneeRevenus: number | null;
    auteur: string | null;
  }[];
  appels: {
    id: string;
    fournisseur: string;
    ressource: string;
    mode: string | null;
    anneeRevenus: number | null;
    statutHttp: number | null;
    codeErreur: string | null;
    dureeMs: number;
    correlationId: string;
    issue: IssueAppel;
    tentative: number;
    creeLe: Date;
  }[];
  instantanes: {
    id: string;
    source: SourceFiscale;
    anneeRevenus: number;
    recupereLe: Date;
    situationsMultiples: boolean;
    saisiPar: string | null;
    justification: string | null;
  }[];
  documents: {
    id: string;
    type: TypeDocument;
    nomFichier: string;
    taille: number;
    creeLe: Date;
    deposePar: string | null;
  }[];
  decisions: { id: string; type: TypeDecision; motif: string; creeLe: Date; agent: string | null }[];
  messages: { id: string; deLAgent: boolean; corps: string; creeLe: Date; auteur: string | null }[];
  audit: { id: string; action: string; creeLe: Date; acteur: string | null }[];
}

const LIBELLES_ISSUE_APPEL: Record<IssueAppel, string> = {
  succes: "données obtenues",
  annee_indisponible: "aucune donnée pour cette année",
  spi_inconnu: "numéro fiscal inconnu ou personne non déclarante",
  requete_invalide: "requête refusée (erreur du portail)",
  acces_refuse: "accès refusé (habilitation)",
  quota: "quota d'appels atteint",
  echec_amont: "service de la DGFiP indisponible",
  jeton_invalide: "autorisation FranceConnect expirée ou refusée",
  situations_multiples: "plusieurs situations dans l'année",
  allocataire_inconnu: "aucun dossier d'allocataire à la CAF ou à la MSA",
};

const LIBELLES_DECISION: Record<TypeDecision, string> = {
  validation: "Dossier validé",
  rejet: "Dossier rejeté",
  demande_piece: "Demande adressée à la famille",
  saisie_fiscale: "Données fiscales saisies d'après justificatif",
  relance_api: "Appel à la DGFiP relancé",
};

export const LIBELLES_SOURCE_FISCALE: Record<SourceFiscale, string> = {
  dgfip_franceconnect: "certifiées DGFiP (via FranceConnect)",
  dgfip_spi: "certifiées DGFiP (numéro fiscal)",
  saisie_agent: "saisies par un agent d'après justificatif",
};

export const LIBELLES_TYPE_DOCUMENT: Record<TypeDocument, string> = {
  avis_imposition: "Avis d'imposition",
  attestation_caf: "Attestation CAF",
  autre: "Autre pièce",
};

/** Audit actions that have no row of their own elsewhere in the timeline (decisions and messages do). */
const ACTIONS_AUDIT: Record<string, string> = {
  "dossier.prendre": "Dossier pris en charge",
  "dossier.liberer": "Dossier remis dans la file",
  "demande.soumise": "Demande envoyée par la famille",
  "demande.consultation_spi": "Numéro fiscal saisi par la famille (recherche auprès de la DGFiP)",
  "demande.consultation_spi_refusee": "Recherche par numéro fiscal refusée : limite du jour atteinte",
};
/** Mirrored by a Decision or a Message row: shown once, through that row. */
const ACTIONS_EN_DOUBLE = new Set([
  "dossier.valider",
  "dossier.rejeter",
  "dossier.demander_famille",
  "dossier.message",
  "dossier.saisie_fiscale",
  "dossier.relancer_api",
  "dossier.demander_autorisation",
  "message.famille",
]);

const MODES: Record<string, string> = { franceconnect: "mode FranceConnect", spi: "mode numéro fiscal" };
const ORDRE: GenreEvenement[] = [
  "dossier",
  "consentement",
  "appel",
  "instantane",
  "document",
  "message",
  "decision",
  "audit",
];

function octets(n: number): string {
  if (n < 1024) return `${n} octets`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} ko`;
  return `${(n / (1024 * 1024)).toFixed(1).replace(".", ",")} Mo`;
}

function evenementsConsentement(c: SourcesChronologie["consentements"][number]): EvenementChronologie[] {
  const details = [`Données : ${c.donnees.join(", ") || "non précisées"}`, `Auprès de : ${c.fournisseur}`];
  if (c.anneeRevenus !== null) details.push(`Revenus ${c.anneeRevenus}`);
  const base = { genre: "consentement" as const, details, auteur: c.auteur };
  if (c.statut === "refuse")
    return [{ ...base, cle: `consentement-${c.id}`, date: c.creeLe, titre: "Consentement refusé" }];
  const evts: EvenementChronologie[] = [];
  // A withdrawn consent row without its withdrawal date is itself the withdrawal.
  if (c.statut === "accorde" || c.retireLe)
    evts.push({ ...base, cle: `consentement-${c.id}`, date: c.creeLe, titre: "Consentement accordé" });
  if (c.statut === "retire")
    evts.push({
      ...base,
      cle: `consentement-${c.id}-retrait`,
      date: c.retireLe ?? c.creeLe,
      titre: "Consentement retiré",
    });
  return evts;
}

function evenementAppel(a: SourcesChronologie["appels"][number]): EvenementChronologie {
  const ressource = [a.ressource, a.mode ? (MODES[a.mode] ?? a.mode) : null].filter(Boolean).join(", ");
  const http = [
    a.statutHttp !== null ? `HTTP ${a.statutHttp}` : "sans réponse",
    a.codeErreur ? `code ${a.codeErreur}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return {
    cle: `appel-${a.id}`,
    date: a.creeLe,
    genre: "appel",
    titre: `Appel ${a.fournisseur === "dgfip" ? "DGFiP" : a.fournisseur} : ${LIBELLES_ISSUE_APPEL[a.issue]}`,
    details: [
      `Ressource : ${ressource}${a.anneeRevenus !== null ? `, revenus ${a.anneeRevenus}` : ""}`,
      `Réponse : ${http}`,
      `Durée : ${a.dureeMs} ms${a.tentative > 1 ? ` (tentative ${a.tentative})` : ""}`,
      `Identifiant de corrélation : ${a.correlationId}`,
    ],
    auteur: null,
  };
}

export function construireChronologie(s: SourcesChronologie): EvenementChronologie[] {
  const evts: EvenementChronologie[] = [
    {
      cle: `dossier-${s.dossier.id}`,
      date: s.dossier.creeLe,
      genre: "dossier",
      titre: "Dossier ouvert pour instruction",
      details: [],
      auteur: null,
    },
    ...s.consentements.flatMap(evenementsConsentement),
    ...s.appels.map(evenementAppel),
    ...s.instantanes.map((i) => ({
      cle: `instantane-${i.id}`,
      date: i.recupereLe,
      genre: "instantane" as const,
      titre: i.situationsMultiples
        ? `Données fiscales : plusieurs situations en ${i.anneeRevenus}, rien retenu`
        : `Données fiscales enregistrées (revenus ${i.anneeRevenus})`,
      details: [
        `Source : ${LIBELLES_SOURCE_FISCALE[i.source]}`,
        ...(i.justification ? [`Justification : ${i.justification}`] : []),
      ],
      auteur: i.saisiPar,
    })),
    ...s.documents.map((d) => ({
      cle: `document-${d.id}`,
      date: d.creeLe,
      genre: "document" as const,
      titre: `Pièce déposée : ${LIBELLES_TYPE_DOCUMENT[d.type]}`,
      details: [`${d.nomFichier} (${octets(d.taille)})`],
      auteur: d.deposePar,
    })),
    ...s.decisions.map((d) => ({
      cle: `decision-${d.id}`,
      date: d.creeLe,
      genre: "decision" as const,
      titre: LIBELLES_DECISION[d.type],
      details: d.motif ? [d.motif] : [],
      auteur: d.agent,
    })),
    ...s.messages.map((m) => ({
      cle: `message-${m.id}`,
      date: m.creeLe,
      genre: "message" as const,
      titre: m.deLAgent ? "Message envoyé à la famille" : "Message de la famille",
      details: [m.corps],
      auteur: m.auteur,
    })),
    ...s.audit
      .filter((a) => !ACTIONS_EN_DOUBLE.has(a.action))
      .map((a) => ({
        cle: `audit-${a.id}`,
        date: a.creeLe,
        genre: "audit" as const,
        titre: ACTIONS_AUDIT[a.action] ?? `Action enregistrée : ${a.action}`,
        details: [],
        auteur: a.acteur,
      })),
  ];
  return evts.sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      ORDRE.indexOf(a.genre) - ORDRE.indexOf(b.genre) ||
      (a.cle < b.cle ? -1 : a.cle > b.cle ? 1 : 0),
  );
}
