// Valide chaque réponse du simulateur API Particulier contre le contrat OpenAPI publié (YAML lu par `yaml`, schémas
// vérifiés par openapi-backend, Ajv en dessous). Pour que le contrôle soit strict plutôt que vide :
//  - le statut doit être documenté pour ce chemin (400 excepté : le texte du contrat le décrit pour une période
//    future, sans l'inscrire dans `responses` ; son corps est alors vérifié contre le même schéma `Error`) ;
//  - dans les réponses 200, aucun objet n'accepte de propriété hors contrat ;
//  - les en-têtes documentés des 200 (`X-Response-Cached`, `X-Cache-Expires-in`) sont présents et bien formés.
// Les réponses volontairement dégradées par une panne injectée (statut hors contrat, corps tronqué) sont écartées.
import { OpenAPIBackend } from "openapi-backend";

import type { ReponseObservee } from "@/simulators/api-particulier/config";
import { chargerContratApiParticulier, CHEMINS, OPERATIONS, type Modalite } from "@/simulators/api-particulier/contrat";

type Noeud = Record<string, unknown>;

function fermer(schema: unknown): void {
  if (!schema || typeof schema !== "object") return;
  const s = schema as Noeud;
  if (s.type === "object" && s.properties) {
    s.additionalProperties = false;
    for (const p of Object.values(s.properties as Noeud)) fermer(p);
  }
  if (s.type === "array") fermer(s.items);
}

export interface ValidateurContratApiParticulier {
  verifier(r: ReponseObservee): string[];
  observer(r: ReponseObservee): void;
  bilan(): { reponses: number; parStatut: Record<number, number>; violations: string[] };
}

export async function creerValidateurContratApiParticulier(): Promise<ValidateurContratApiParticulier> {
  const { document, statuts } = chargerContratApiParticulier();
  const chemins = document.paths as Record<string, Noeud>;
  // Seuls les deux chemins du quotient familial : Ajv ne compile pas les 150 autres opérations.
  const reduit = {
    ...document,
    paths: Object.fromEntries(Object.values(CHEMINS).map((c) => [c, chemins[c]])),
  } as Noeud;
  for (const c of Object.values(CHEMINS)) {
    const ok = ((chemins[c] as Noeud).get as Noeud).responses as Record<string, Noeud>;
    fermer(((ok["200"]!.content as Noeud)["application/json"] as Noeud).schema);
  }
  const api = new OpenAPIBackend({ definition: reduit as never, ajvOpts: { allErrors: true, strict: false } });
  await api.init();
  const modalites = new Map(Object.entries(OPERATIONS).map(([m, op]) => [op, m as Modalite]));
  let reponses = 0;
  const parStatut: Record<number, number> = {};
  const violations: string[] = [];

  const verifier = (r: ReponseObservee): string[] => {
    const modalite = r.operationId ? modalites.get(r.operationId) : undefined;
    if (!modalite || !r.operationId) return [];
    const erreurs: string[] = [];
    const prefixe = `${modalite} ${r.statut}`;
    if (r.statut !== 400 && !statuts[modalite].includes(r.statut))
      return [`${prefixe} : statut non documenté pour ce chemin`];
    if (r.typeContenu !== "application/json") erreurs.push(`${prefixe} : Content-Type ${r.typeContenu}`);
    let corps: unknown;
    try {
      corps = JSON.parse(r.corps);
    } catch {
      return [...erreurs, `${prefixe} : corps qui n'est pas du JSON`];
    }
    const v = api.validateResponse(corps, r.operationId, r.statut === 400 ? 422 : r.statut);
    for (const e of v.errors ?? [])
      erreurs.push(`${prefixe} : ${e.instancePath || "(racine)"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
    if (r.statut === 200) {
      if (!["true", "false"].includes(r.entetes["x-response-cached"] ?? ""))
        erreurs.push(`${prefixe} : X-Response-Cached absent ou mal formé`);
      if (!/^(\d+(\.\d+)?)?$/.test(r.entetes["x-cache-expires-in"] ?? "x"))
        erreurs.push(`${prefixe} : X-Cache-Expires-in absent ou mal formé`);
    }
    return erreurs;
  };

  return {
    verifier,
    observer(r) {
      if (!r.operationId || r.panneInjectee) return;
      reponses += 1;
      parStatut[r.statut] = (parStatut[r.statut] ?? 0) + 1;
      violations.push(...verifier(r));
    },
    bilan: () => ({ reponses, parStatut: { ...parStatut }, violations: [...violations] }),
  };
}
