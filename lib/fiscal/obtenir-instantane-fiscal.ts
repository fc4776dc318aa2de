// The fiscal snapshot of one foyer fiscal: reused while valid (one upstream call per foyer and year, whatever
// the number of children and activities), otherwise fetched through the port with the commune's year policy and
// fallback, reduced to what the commune needs, and stored with its retention date. Returns an outcome the citizen
// journey turns into a tariff or a dossier (RaisonDossier).
import type { ApiImpotParticulier, ResultatSituationsIr } from "@/lib/integrations/dgfip/port";
import type { Db } from "@/lib/server/database";
import { anneesAInterroger, resoudreAnnee } from "./domain/annee-fiscale";
import { extraireDonneesFiscales } from "./domain/donnees-fiscales";
import { controlerIdentite, type Declarant, type IdentitePivot } from "./domain/identite";
import { extrairePeriodes, SCOPE_SITUATION_AU_3112_SI_DECES, situationAu3112SiDeces } from "./domain/periodes";
import { qualifierAbsence, qualifierEchec, type RaisonDossierFiscale, type Reprise } from "./domain/raisons";
import { SCOPES_DONNEES_DGFIP_PAR_DEFAUT } from "./domain/scopes-franceconnect";
import { enregistrerInstantane } from "./instantane-fiscal.mutation";
import { instantanesValides, type CleInstantane } from "./instantane-fiscal.query";
import { versVue, type InstantaneFiscalVue } from "./instantane-fiscal.vue";
import { lireParametresFiscaux } from "./parametres-fiscaux.query";

export interface DemandeInstantane extends CleInstantane {
  consentementId?: string | null;
  acces: { mode: "spi"; spi: string } | { mode: "franceconnect"; jetonFranceConnect: string; jetonExpireLe: Date };
  /** The account holder's identité pivot: when given, checked against the declarants. */
  identiteTitulaire?: IdentitePivot;
  /** The family asked for fresh data ("Actualiser mes données fiscales", another numéro fiscal): no reuse. */
  actualiser?: boolean;
}

interface Commun {
  /** Upstream HTTP calls this demand cost (0 when a snapshot was reused). */
  appelsAmont: number;
  reutilise: boolean;
}

export type IssueInstantane =
  | (Commun & {
      statut: "obtenu";
      instantane: InstantaneFiscalVue;
      anneeDemandee: number;
      repli: boolean;
      identite: "concordante" | "divergente" | "non_verifiee";
      /** ["identite_divergente"] when the holder is not among the declarants, ["identite_non_verifiee"] when it
       * cannot be told (identity not certified, presumed birthdate, SPI mode without an identity), else []. */
      raisons: RaisonDossierFiscale[];
    })
  /** Several situations in the year: flagged, nothing guessed; an agent decides. */
  | (Commun & { statut: "cas_complexe"; instantane: InstantaneFiscalVue; raisons: ["situations_multiples"] })
  | (Commun & {
      statut: "echec";
      annee: number | null;
      raisons: RaisonDossierFiscale[];
      reprise: Reprise;
      correlationId: string | null;
    });

export interface DependancesServiceFiscal {
  api: ApiImpotParticulier;
  /** Use the `multiple` resource (DGFIP_RESSOURCE_MULTIPLE): several situations are seen rather than guessed. */
  ressourceMultiple: boolean;
  maintenant?: () => Date;
  /** How long a fallback-year snapshot stands before the preferred year is asked again. */
  fraicheurRepliMs?: number;
}

const JOUR_MS = 24 * 3600 * 1000;

export function creerServiceInstantaneFiscal(deps: DependancesServiceFiscal) {
  const maintenant = deps.maintenant ?? (() => new Date());
  const fraicheurRepli = deps.fraicheurRepliMs ?? JOUR_MS;
  // Concurrent demands for the same foyer fiscal in this process share one fetch (a family enrolling several
  // children at once). Across instances, a rare duplicate call is accepted rather than a lock held over HTTP.
  const enVol = new Map<string, Promise<IssueInstantane>>();

  // In SPI mode anyone can type a number: the answer is someone's unless it matches a certified identity, so
  // anything short of a match goes to an agent (issue 10). A FranceConnect-mode answer is the signed-in person's.
  function identite(declarants: readonly Declarant[], d: DemandeInstantane) {
    const titulaire = d.identiteTitulaire;
    const nonVerifiee = {
      identite: "non_verifiee" as const,
      raisons: d.acces.mode === "spi" ? ["identite_non_verifiee" as const] : [],
    };
    if (!titulaire || declarants.length === 0) return nonVerifiee;
    const c = controlerIdentite(declarants, titulaire);
    if (c.concordante) return { identite: "concordante" as const, raisons: [] };
    if (c.motif === "divergente") return { identite: "divergente" as const, raisons: ["identite_divergente" as const] };
    return { identite: "non_verifiee" as const, raisons: ["identite_non_verifiee" as const] };
  }

  function reussite(
    vue: InstantaneFiscalVue,
    d: DemandeInstantane,
    anneeDemandee: number,
    commun: Commun,
  ): IssueInstantane {
    if (vue.situationsMultiples)
      return { ...commun, statut: "cas_complexe", instantane: vue, raisons: ["situations_multiples"] };
    return {
      ...commun,
      statut: "obtenu",
      instantane: vue,
      anneeDemandee,
      repli: vue.anneeRevenus !== anneeDemandee,
      ...identite(vue.declarants, d),
    };
  }

  async function executer(db: Db, d: DemandeInstantane): Promise<IssueInstantane> {
    const t = maintenant();
    const p = await lireParametresFiscaux(db);
    const candidates = anneesAInterroger(p.politique, p.calendrier, t);
    const preferee = candidates[0]?.annee;
    if (preferee === undefined)
      return {
        statut: "echec",
        annee: null,
        raisons: ["annee_indisponible"],
        reprise: "agent",
        correlationId: null,
        appelsAmont: 0,
        reutilise: false,
      };

    const existants = (
      await instantanesValides(
        db,
        d,
        candidates.map((c) => c.annee),
        t,
      )
    ).map(versVue);
    const reutilisable = d.actualiser
      ? undefined
      : (existants.find((i) => i.anneeRevenus === preferee) ??
        existants.find((i) => t.getTime() - i.recupereLe.getTime() < fraicheurRepli));
    if (reutilisable) return reussite(reutilisable, d, preferee, { appelsAmont: 0, reutilise: true });

    let appelsAmont = 0;
    const r = await resoudreAnnee<ResultatSituationsIr & { ok: true }, ResultatSituationsIr>(
      candidates,
      async (annee) => {
        const res = await deps.api.situationsIr({
          ...d.acces,
          annee,
          multiple: deps.ressourceMultiple,
          foyerId: d.foyerId,
        });
        appelsAmont += res.tentatives;
        if (res.ok)
          return res.situations.length > 0 ? { genre: "obtenu", valeur: res } : { genre: "indisponible", detail: res };
        return res.raison === "aucun_resultat"
          ? { genre: "indisponible", detail: res }
          : { genre: "arret", detail: res };
      },
    );

    const sauver = async (
      annee: number,
      correlationId: string,
      donnees: ReturnType<typeof extraireDonneesFiscales> | null,
      aVerifier = false,
      periodes: ReturnType<typeof extrairePeriodes> | null = null,
    ) =>
      versVue(
        await enregistrerInstantane(db, {
          foyerId: d.foyerId,
          responsableId: d.responsableId,
          consentementId: d.consentementId ?? null,
          source: d.acces.mode === "spi" ? "dgfip_spi" : "dgfip_franceconnect",
          anneeRevenus: annee,
          correlationId,
          recupereLe: t,
          expireLe: new Date(t.getTime() + p.conservationJours * JOUR_MS),
          donnees,
          aVerifier,
          periodes,
        }),
      );

    if (r.genre === "obtenu") {
      const { situations, correlationId } = r.valeur;
      // Several situations (death, marriage, PACS, divorce): each period is kept for the agent; none is retained,
      // except the situation at 31/12 after a death when the habilitation grants that scope (FranceConnect mode).
      const periodes = situations.length > 1 ? extrairePeriodes(situations) : null;
      const scopesHabilitation =
        p.scopesFranceConnect.length > 0 ? p.scopesFranceConnect : SCOPES_DONNEES_DGFIP_PAR_DEFAUT;
      const retenue =
        situations.length === 1
          ? situations[0]
          : d.acces.mode === "franceconnect" && scopesHabilitation.includes(SCOPE_SITUATION_AU_3112_SI_DECES)
            ? situationAu3112SiDeces(situations)
            : null;
      const donnees = retenue ? extraireDonneesFiscales(retenue) : null;
      // FranceConnect has no scope for revenu imposable: whatever came, it is not kept in that mode.
      if (d.acces.mode === "franceconnect") {
        if (donnees) donnees.revenuImposable = null;
        for (const x of periodes ?? []) x.revenuImposable = null;
      }
      // Someone's answer in SPI mode, unless it matches a certified identity: held for the agents.
      const aVerifier = d.acces.mode === "spi" && identite(donnees?.declarants ?? [], d).raisons.length > 0;
      return reussite(await sauver(r.anneeObtenue, correlationId, donnees, aVerifier, periodes), d, r.anneeDemandee, {
        appelsAmont,
        reutilise: false,
      });
    }
    const detail = r.detail;
    if (
      r.genre === "arret" &&
      detail &&
      !detail.ok &&
      detail.raison === "situations_multiples" &&
      detail.correlationId
    ) {
      return reussite(await sauver(r.annee, detail.correlationId, null), d, preferee, {
        appelsAmont,
        reutilise: false,
      });
    }
    const annee = r.genre === "arret" ? r.annee : preferee;
    // Every year asked answered "nothing for this year": the calendar tells an unserved year from a non-declarant.
    const q =
      r.genre === "indisponible"
        ? qualifierAbsence(candidates.slice(0, r.essais))
        : detail && !detail.ok
          ? qualifierEchec(detail.raison, d.acces.mode)
          : { raisons: ["annee_indisponible" as const], reprise: "agent" as const };
    return {
      statut: "echec",
      annee,
      ...q,
      correlationId: detail?.correlationId ?? null,
      appelsAmont,
      reutilise: false,
    };
  }

  return {
    async obtenir(db: Db, d: DemandeInstantane): Promise<IssueInstantane> {
      const cle = `${d.foyerId}:${d.responsableId ?? ""}`;
      const courant = enVol.get(cle);
      if (courant) return courant.then((r) => ({ ...r, appelsAmont: 0, reutilise: r.statut !== "echec" }));
      const p = executer(db, d).finally(() => enVol.delete(cle));
      enVol.set(cle, p);
      return p;
    },
  };
}

export type ServiceInstantaneFiscal = ReturnType<typeof creerServiceInstantaneFiscal>;
