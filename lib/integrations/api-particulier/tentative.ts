// Un essai HTTP : requête avec son Bearer et un délai, statut classé, corps lu et validé avec zod. Rend ce qui
// s'est passé ; ne lève jamais pour un problème amont.
import { lireRetryAfter } from "../dgfip/reessais";
import { classerReponse, type Classement } from "./classement";
import type { ModaliteApiParticulier } from "./port";
import type { RequeteApiParticulier } from "./requete";
import { erreurApiParticulier, reponseQuotientFamilial, type QuotientFamilialCaf } from "./schemas";

export interface IssueTentative {
  classement: Classement;
  statut: number | null;
  /** Code d'API Particulier, ou l'étiquette du portail quand rien n'est revenu (DELAI, RESEAU, CORPS_INVALIDE). */
  code: string | null;
  retryAfterS: number | null;
  quotient: QuotientFamilialCaf | null;
  enCache: boolean;
}

const TAILLE_MAX_CORPS = 1_000_000;

const echecAmont = (reessayable: boolean, code: string, statut: number | null = null): IssueTentative => ({
  classement: { genre: "echec", raison: "amont_indisponible", reessai: reessayable ? "amont" : "non" },
  statut,
  code,
  retryAfterS: null,
  quotient: null,
  enCache: false,
});

export async function tenter(
  requete: RequeteApiParticulier,
  modalite: ModaliteApiParticulier,
  bearer: string,
  delaiMs: number,
  fetcher: typeof fetch,
  maintenant: () => number,
): Promise<IssueTentative> {
  let res: Response;
  let texte: string;
  try {
    res = await fetcher(requete.url, {
      headers: { ...requete.entetes, Authorization: `Bearer ${bearer}` },
      signal: AbortSignal.timeout(delaiMs),
      redirect: "error",
    });
    texte = await res.text();
  } catch (e) {
    const delai = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    return echecAmont(true, delai ? "DELAI" : "RESEAU");
  }

  const retryAfterS = lireRetryAfter(res.headers.get("retry-after"), maintenant());
  if (res.status !== 200) {
    let code: string | null = null;
    let titre: string | null = null;
    try {
      const e = erreurApiParticulier.safeParse(JSON.parse(texte)).data?.errors[0];
      code = e?.code ?? null;
      titre = e?.title ?? null;
    } catch {
      // Une erreur sans le corps documenté (page HTML d'un mandataire…) : le statut seul décide.
    }
    return {
      classement: classerReponse(res.status, code, titre, modalite),
      statut: res.status,
      code,
      retryAfterS,
      quotient: null,
      enCache: false,
    };
  }

  if (texte.length > TAILLE_MAX_CORPS) return echecAmont(false, "CORPS_INVALIDE", 200);
  let brut: unknown;
  try {
    brut = JSON.parse(texte);
  } catch {
    return echecAmont(false, "CORPS_INVALIDE", 200);
  }
  const lu = reponseQuotientFamilial.safeParse(brut);
  if (!lu.success) return echecAmont(false, "CORPS_INVALIDE", 200);
  return {
    classement: { genre: "succes" },
    statut: 200,
    code: null,
    retryAfterS,
    quotient: lu.data,
    enCache: res.headers.get("x-response-cached") === "true",
  };
}
