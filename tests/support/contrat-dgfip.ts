// Validates the simulator's 200 answers against the OpenAPI contract with openapi-backend (Ajv underneath).
// Two adjustments make the check strict rather than vacuous:
//  - openapi-backend only validates `application/json` response content, and the contract declares vendor types
//    (`application/prs.dgfip.part.situations.ir.assiettes.v1+json`): each vendor schema is also registered under
//    `application/json`, and the answer's Content-Type is checked against the declared vendor type separately;
//  - the contract's objects allow extra properties by default: here they do not, so a field outside the contract
//    (e.g. `dateDebutPeriode` on the single-situation resource) fails.
import { readFileSync } from "node:fs";

import { OpenAPIBackend } from "openapi-backend";

import type { ReponseObservee } from "@/simulators/dgfip/config";
import { CONTRAT } from "@/simulators/dgfip/contrat";

type Noeud = Record<string, unknown>;

function durcir(document: Noeud): Noeud {
  const schemas = (document.components as Noeud).schemas as Record<string, Noeud>;
  for (const s of Object.values(schemas)) if (s.type === "object" && s.properties) s.additionalProperties = false;
  const typesDeclares = new Map<string, string>();
  for (const methodes of Object.values(document.paths as Record<string, Record<string, Noeud>>)) {
    for (const op of Object.values(methodes)) {
      for (const [statut, reponse] of Object.entries(op.responses as Record<string, Noeud>)) {
        const contenu = reponse.content as Record<string, Noeud> | undefined;
        const [type, media] = Object.entries(contenu ?? {})[0] ?? [];
        if (!type || !media || !contenu) continue;
        contenu["application/json"] = media;
        if (statut === "200" || statut === "default") typesDeclares.set(op.operationId as string, type);
      }
    }
  }
  (document as { typesDeclares?: Map<string, string> }).typesDeclares = typesDeclares;
  return document;
}

export interface ValidateurContrat {
  /** Contract violations of one answer (empty when it conforms, or when it is not a 200). */
  verifier(r: ReponseObservee): string[];
  /** Observer to plug into the simulator's `surReponse`: remembers every 200 checked and every violation. */
  observer(r: ReponseObservee): void;
  bilan(): { reponses200: number; violations: string[] };
}

export async function creerValidateurContrat(): Promise<ValidateurContrat> {
  const document = durcir(JSON.parse(readFileSync(CONTRAT, "utf8")) as Noeud);
  const typesDeclares = (document as { typesDeclares?: Map<string, string> }).typesDeclares ?? new Map();
  delete (document as { typesDeclares?: unknown }).typesDeclares;
  const api = new OpenAPIBackend({ definition: document as never, ajvOpts: { allErrors: true, strict: false } });
  await api.init();
  let reponses200 = 0;
  const violations: string[] = [];

  const verifier = (r: ReponseObservee): string[] => {
    if (r.statut !== 200 || !r.operationId) return [];
    const attendu = typesDeclares.get(r.operationId);
    const erreurs: string[] = [];
    if (r.typeContenu !== attendu)
      erreurs.push(`${r.operationId} : Content-Type ${r.typeContenu}, le contrat déclare ${attendu}`);
    let corps: unknown;
    try {
      corps = JSON.parse(r.corps);
    } catch {
      return [...erreurs, `${r.operationId} : corps qui n'est pas du JSON`];
    }
    const v = api.validateResponse(corps, r.operationId, 200);
    for (const e of v.errors ?? [])
      erreurs.push(`${r.operationId} : ${e.instancePath || "(racine)"} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
    return erreurs;
  };

  return {
    verifier,
    observer(r) {
      if (r.statut !== 200 || !r.operationId || r.panneInjectee) return;
      reponses200 += 1;
      violations.push(...verifier(r));
    },
    bilan: () => ({ reponses200, violations: [...violations] }),
  };
}
