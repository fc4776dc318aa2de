// One HTTP attempt: gateway token, request with a fresh correlation id and a timeout, status checked, body read
// and validated with zod. Returns what happened; never throws for upstream problems.
import { classerReponse, type Classement } from "./classement";
import { EchecJetonPasserelle, type JetonPasserelle } from "./jeton-passerelle";
import { lireRetryAfter } from "./reessais";
import type { RequeteDgfip } from "./requete";
import { erreurDgfip, situationIrAssiettes, situationsIrAssiettesMultiple, type SituationIr } from "./schemas";

export interface IssueTentative {
  classement: Classement;
  statut: number | null;
  /** DGFiP error code, or the portal's own label when no answer came (DELAI, RESEAU, CORPS_INVALIDE…). */
  code: string | null;
  retryAfterS: number | null;
  situations: SituationIr[] | null;
  /** The gateway token used (to drop it after a 401). */
  jeton: string | null;
}

const TAILLE_MAX_CORPS = 1_000_000;

const echec = (
  raison: "echec_amont" | "acces_refuse",
  reessayable: boolean,
  code: string,
  statut: number | null = null,
  jeton: string | null = null,
): IssueTentative => ({
  classement: { genre: "echec", raison, reessayable },
  statut,
  code,
  retryAfterS: null,
  situations: null,
  jeton,
});

export async function tenter(
  requete: RequeteDgfip,
  multiple: boolean,
  correlationId: string,
  delaiMs: number,
  passerelle: JetonPasserelle,
  fetcher: typeof fetch,
  maintenant: () => number,
): Promise<IssueTentative> {
  let jeton: string;
  try {
    jeton = await passerelle.obtenir();
  } catch (e) {
    if (!(e instanceof EchecJetonPasserelle)) throw e;
    // Refused credentials are a configuration/habilitation problem; no answer from /token is an upstream failure.
    return e.identifiantsRefuses
      ? echec("acces_refuse", false, "JETON_PASSERELLE", e.statut)
      : echec("echec_amont", true, "JETON_PASSERELLE", e.statut);
  }

  let res: Response;
  let texte: string;
  try {
    res = await fetcher(requete.url, {
      headers: { ...requete.entetes, Authorization: `Bearer ${jeton}`, "X-Correlation-ID": correlationId },
      signal: AbortSignal.timeout(delaiMs),
      redirect: "error",
    });
    texte = await res.text();
  } catch (e) {
    const delai = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    return echec("echec_amont", true, delai ? "DELAI" : "RESEAU", null, jeton);
  }

  const retryAfterS = lireRetryAfter(res.headers.get("retry-after"), maintenant());
  if (res.status !== 200) {
    let code: string | null = null;
    try {
      code = erreurDgfip.safeParse(JSON.parse(texte)).data?.erreur.code ?? null;
    } catch {
      // An error without the documented body (a proxy's HTML page…): the status alone decides.
    }
    const classement = classerReponse(res.status, code);
    return {
      classement,
      statut: res.status,
      code: classement.genre === "echec" && classement.raison === "configuration" ? "CONFIGURATION" : code,
      retryAfterS,
      situations: null,
      jeton,
    };
  }

  if (texte.length > TAILLE_MAX_CORPS) return echec("echec_amont", false, "CORPS_INVALIDE", 200, jeton);
  let brut: unknown;
  try {
    brut = JSON.parse(texte);
  } catch {
    return echec("echec_amont", false, "CORPS_INVALIDE", 200, jeton);
  }
  const lu = multiple ? situationsIrAssiettesMultiple.safeParse(brut) : situationIrAssiettes.safeParse(brut);
  if (!lu.success) return echec("echec_amont", false, "CORPS_INVALIDE", 200, jeton);
  const situations = "situationsIR" in lu.data ? lu.data.situationsIR : [lu.data as SituationIr];
  return { classement: { genre: "succes" }, statut: 200, code: null, retryAfterS, situations, jeton };
}
