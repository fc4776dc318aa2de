// Building one request of the contract: the path of the resource for the mode, and the documented headers.
// Pure. The SPI appears in the URL (the contract's design): the URL is therefore never logged.
import type { DemandeSituationsIr } from "./port";

export const TYPES_MEDIA = {
  simple: "application/prs.dgfip.part.situations.ir.assiettes.v1+json",
  multiple: "application/prs.dgfip.part.situations.ir.assiettes.multiple.v1+json",
} as const;

export interface RequeteDgfip {
  url: string;
  /** Without Authorization and X-Correlation-ID, added per attempt. */
  entetes: Record<string, string>;
  /** Name of the resource in the call log (no personal data). */
  ressource: "ir_assiettes" | "ir_assiettes_multiple";
}

/** null when the demand itself is malformed (the caller's bug): nothing is sent. */
export function construireRequete(urlApi: string, idTeleservice: string, d: DemandeSituationsIr): RequeteDgfip | null {
  if (!Number.isInteger(d.annee) || d.annee < 1000 || d.annee > 9999) return null;
  const segment = `situations/ir/assiettes${d.multiple ? "/multiple" : ""}/annrev/${d.annee}`;
  const entetes: Record<string, string> = {
    Accept: d.multiple ? TYPES_MEDIA.multiple : TYPES_MEDIA.simple,
    ID_Teleservice: idTeleservice,
  };
  let url: string;
  if (d.mode === "spi") {
    if (!/^\d{13}$/.test(d.spi)) return null;
    url = `${urlApi}/spi/${d.spi}/${segment}`;
  } else {
    if (!d.jetonFranceConnect) return null;
    url = `${urlApi}/${segment}`;
    entetes["X-FranceConnect-OAuth"] = d.jetonFranceConnect;
  }
  return { url, entetes, ressource: d.multiple ? "ir_assiettes_multiple" : "ir_assiettes" };
}
