// Construire une requête du contrat : chemin de la modalité, paramètres (`recipient`, `annee`/`mois`, état civil),
// en-têtes documentés. Pur. En modalité identité l'URL porte l'état civil : elle n'est donc jamais journalisée.
import type { DemandeQuotientFamilial, RaisonEchecApiParticulier } from "./port";
import { siretValide } from "./siret";

export interface RequeteApiParticulier {
  url: string;
  /** Sans Authorization, ajouté à chaque essai. */
  entetes: Record<string, string>;
  /** Nom de la ressource au journal des appels (aucune donnée personnelle). */
  ressource: "quotient_familial";
}

export type Construction =
  | { ok: true; requete: RequeteApiParticulier }
  | {
      ok: false;
      raison: Extract<
        RaisonEchecApiParticulier,
        "recipient_manquant" | "etat_civil_invalide" | "periode_invalide" | "jeton_franceconnect"
      >;
    };

const CHEMINS = {
  franceconnect: "/v3/dss/quotient_familial/france_connect",
  identite: "/v3/dss/quotient_familial/identite",
} as const;

export function construireRequete(urlApi: string, recipient: string | null, d: DemandeQuotientFamilial): Construction {
  if (!recipient || !siretValide(recipient)) return { ok: false, raison: "recipient_manquant" };
  const q = new URLSearchParams({ recipient });
  if (d.periode) {
    const { annee, mois } = d.periode;
    if (!Number.isInteger(annee) || annee < 2000 || annee > 2200 || !Number.isInteger(mois) || mois < 1 || mois > 12)
      return { ok: false, raison: "periode_invalide" };
    q.set("annee", String(annee));
    q.set("mois", String(mois));
  }
  if (d.modalite === "identite") {
    const e = d.etatCivil;
    if (
      e.prenoms.length < 1 ||
      e.prenoms.length > 3 ||
      e.prenoms.some((p) => !p.trim()) ||
      !e.nomNaissance.trim() ||
      !/^99\d{3}$/.test(e.codePaysNaissance) ||
      (e.codePaysNaissance === "99100") !== (e.codeCommuneNaissance !== null) ||
      (e.codeCommuneNaissance !== null && !/^[0-9][0-9AB][0-9]{3}$/.test(e.codeCommuneNaissance))
    )
      return { ok: false, raison: "etat_civil_invalide" };
    q.set("nomNaissance", e.nomNaissance.trim());
    for (const p of e.prenoms) q.append("prenoms[]", p.trim());
    q.set("sexeEtatCivil", e.sexeEtatCivil);
    q.set("codeCogInseePaysNaissance", e.codePaysNaissance);
    if (e.codeCommuneNaissance) q.set("codeCogInseeCommuneNaissance", e.codeCommuneNaissance);
    if (e.anneeNaissance) {
      q.set("anneeDateNaissance", String(e.anneeNaissance));
      if (e.moisNaissance) {
        q.set("moisDateNaissance", String(e.moisNaissance));
        if (e.jourNaissance) q.set("jourDateNaissance", String(e.jourNaissance));
      }
    }
  } else if (!d.jetonFranceConnect) {
    return { ok: false, raison: "jeton_franceconnect" };
  }
  const entetes: Record<string, string> = { Accept: "application/json" };
  if (d.rafraichir) entetes["Cache-Control"] = "no-cache";
  return {
    ok: true,
    requete: { url: `${urlApi}${CHEMINS[d.modalite]}?${q.toString()}`, entetes, ressource: "quotient_familial" },
  };
}
