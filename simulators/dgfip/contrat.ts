// The OpenAPI contract the simulator serves, read once at start: openapi-backend routes and validates requests
// from it, and the scope, media type and field list of each simulated operation come from it too.
import { readFileSync } from "node:fs";
import path from "node:path";

import { OpenAPIBackend } from "openapi-backend";

export const CONTRAT = path.resolve(
  import.meta.dirname,
  "../../lib/integrations/dgfip/contrat/api-impot-particulier.openapi.json",
);
export const RACINE_API = "/impotparticulier/1.0";

interface OperationSimulee {
  mode: "spi" | "franceconnect";
  multiple: boolean;
  /** Gateway scope the contract requires (security.Authorization). */
  scope: string;
  /** Vendor media type of the 200 answer. */
  typeMedia: string;
}

/** The four IR assiettes operations of the contract; the others are answered 501. */
const SIMULEES: Record<string, Pick<OperationSimulee, "mode" | "multiple">> = {
  SituationsIrAssiettesV1: { mode: "spi", multiple: false },
  SituationsIrAssiettesMultipleV1: { mode: "spi", multiple: true },
  SituationsIrAssiettesFCV1: { mode: "franceconnect", multiple: false },
  SituationsIrAssiettesMultipleFCV1: { mode: "franceconnect", multiple: true },
};

export interface Contrat {
  api: OpenAPIBackend;
  operations: Map<string, OperationSimulee>;
  champsSimple: ReadonlySet<string>;
  champsMultiple: ReadonlySet<string>;
}

interface DocumentOpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        security?: Record<string, string[]>[];
        responses: Record<string, { content?: Record<string, unknown> }>;
      }
    >
  >;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

export async function chargerContrat(fichier: string): Promise<Contrat> {
  const document = JSON.parse(readFileSync(fichier, "utf8")) as DocumentOpenApi;
  const operations = new Map<string, OperationSimulee>();
  for (const methodes of Object.values(document.paths)) {
    for (const op of Object.values(methodes)) {
      const simulee = op.operationId ? SIMULEES[op.operationId] : undefined;
      if (!simulee || !op.operationId) continue;
      const scope = op.security?.[0]?.Authorization?.[0];
      // The FranceConnect single-situation path declares its answer as `default` rather than `200`.
      const typeMedia = Object.keys((op.responses["200"] ?? op.responses.default)?.content ?? {})[0];
      if (!scope || !typeMedia) throw new Error(`contrat : scope ou type de réponse absent pour ${op.operationId}`);
      operations.set(op.operationId, { ...simulee, scope, typeMedia });
    }
  }
  if (operations.size !== Object.keys(SIMULEES).length) throw new Error("contrat : opérations IR assiettes manquantes");
  const proprietes = (nom: string) => new Set(Object.keys(document.components.schemas[nom]?.properties ?? {}));
  const api = new OpenAPIBackend({ definition: fichier, apiRoot: RACINE_API, ajvOpts: { allErrors: true } });
  await api.init();
  return {
    api,
    operations,
    champsSimple: proprietes("SituationsIRAssiettesJAXBbean"),
    champsMultiple: proprietes("SituationIRAssietteMultiJAXBbean"),
  };
}
