// Le contrat OpenAPI d'API Particulier v3, tel que publié (YAML, lu avec la bibliothèque `yaml`). Le simulateur
// en tire ses deux opérations et les codes d'erreur qu'il émet ; les tests y valident chacune de ses réponses.
// Le document ne nomme pas ses opérations (`operationId`) : on leur donne ici leur `x-operationId`.
import { readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "yaml";

const CONTRAT_API_PARTICULIER = path.resolve(
  import.meta.dirname,
  "../../lib/integrations/api-particulier/contrat/api-particulier-v3.openapi.yaml",
);

export const CHEMINS = {
  identite: "/v3/dss/quotient_familial/identite",
  franceconnect: "/v3/dss/quotient_familial/france_connect",
} as const;

export type Modalite = keyof typeof CHEMINS;

export const OPERATIONS: Record<Modalite, string> = {
  identite: "api_particulier_v3_cnav_quotient_familial_with_civility",
  franceconnect: "api_particulier_v3_cnav_quotient_familial_with_france_connect",
};

type Noeud = Record<string, unknown>;

interface ExempleErreur {
  modalite: Modalite;
  statut: number;
  nom: string;
  code: string;
  titre: string;
  detail: string;
}

export interface ContratApiParticulier {
  /** Le document entier, les deux opérations du quotient familial nommées (`operationId`). */
  document: Noeud;
  /** Chaque erreur documentée (exemples des réponses non 200) des deux opérations. */
  erreurs: ExempleErreur[];
  /** Statuts documentés par opération. */
  statuts: Record<Modalite, number[]>;
}

export function chargerContratApiParticulier(fichier = CONTRAT_API_PARTICULIER): ContratApiParticulier {
  const document = parse(readFileSync(fichier, "utf8"), { maxAliasCount: -1 }) as Noeud;
  const chemins = document.paths as Record<string, Record<string, Noeud>>;
  const erreurs: ExempleErreur[] = [];
  const statuts = {} as Record<Modalite, number[]>;
  for (const modalite of Object.keys(CHEMINS) as Modalite[]) {
    const op = chemins[CHEMINS[modalite]]?.get;
    if (!op) throw new Error(`contrat API Particulier : ${CHEMINS[modalite]} absent`);
    op.operationId = OPERATIONS[modalite];
    const reponses = op.responses as Record<string, Noeud>;
    statuts[modalite] = Object.keys(reponses).map(Number);
    for (const [statut, reponse] of Object.entries(reponses)) {
      const exemples = ((reponse.content as Noeud | undefined)?.["application/json"] as Noeud | undefined)?.examples;
      for (const [nom, ex] of Object.entries((exemples ?? {}) as Record<string, { value: Noeud }>)) {
        const e = (ex.value.errors as { code: string; title: string; detail: string }[])[0];
        if (e) erreurs.push({ modalite, statut: Number(statut), nom, code: e.code, titre: e.title, detail: e.detail });
      }
    }
  }
  return { document, erreurs, statuts };
}
