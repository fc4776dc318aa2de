// The IR assiettes resources (single situation and `multiple`), in SPI and FranceConnect modes: which foyer,
// which year, which situations, which fields. Returns a body or one of the documented errors.
import { foyerDuSpi, type FoyerFiscal, type Population, type SituationIR } from "../population/schema";
import { anneeTaxee, jourParis } from "./calendrier";
import {
  anneeAutorisee,
  aUnScopeDeDonnees,
  filtrerParScopes,
  personaDeLIdentite,
  type VerificateurFranceConnect,
} from "./franceconnect";
import { ERREURS, type Erreur } from "./reponses";

export interface ContexteSituations {
  population: Population;
  maintenant: Date;
  datesTaxation: Record<number, string>;
  /** Property names of the contract's single-situation and multiple-item schemas. */
  champsSimple: ReadonlySet<string>;
  champsMultiple: ReadonlySet<string>;
  franceConnect: VerificateurFranceConnect | null;
}

export type Demande =
  | { mode: "spi"; multiple: boolean; annrev: number; spi: string }
  | { mode: "franceconnect"; multiple: boolean; annrev: number; jeton: string };

/** `variante`: the persona's answer form (variantes.ts), applied by the caller. */
export type Resultat = { erreur: Erreur } | { corps: unknown; variante?: string };

const SCOPE_DECES = "dgfip_annee_df_au_3112_si_deces_ctb_mp";

const garder = (s: SituationIR, champs: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(s).filter(([k, v]) => champs.has(k) && v !== undefined));

const aDesDonnees = (f: FoyerFiscal, annee: number) =>
  String(annee) in f.annees || String(annee) in f.situationsMultiples;

export async function situationsIr(ctx: ContexteSituations, d: Demande): Promise<Resultat> {
  let foyer: FoyerFiscal;
  let scopes: Set<string> | null = null;
  let variante: string | undefined;
  if (d.mode === "spi") {
    // The population's `spi_inconnu` persona carries a number the DGFiP does not know (see population README).
    const persona = ctx.population.personas.find((p) => p.spi === d.spi && p.cas !== "spi_inconnu");
    if (!persona) return { erreur: ERREURS.usagerInconnu };
    if (persona.panneSimulee) return { erreur: ERREURS.indisponible };
    variante = persona.varianteReponse;
    const trouve = foyerDuSpi(ctx.population, d.spi);
    // A known taxpayer who is not a declarant (attached student): known SPI, no declaration for any year.
    if (!trouve) return { erreur: ERREURS.aucunResultat };
    foyer = trouve.foyer;
  } else {
    if (!ctx.franceConnect) return { erreur: ERREURS.franceConnectIndisponible };
    const intro = await ctx.franceConnect.introspecter(d.jeton);
    if (!intro.actif) return { erreur: ERREURS.jetonFranceConnect };
    if (!aUnScopeDeDonnees(intro.scopes))
      return { erreur: ERREURS.accesRefuse("aucune donnée DGFiP accordée par l'usager") };
    const persona = personaDeLIdentite(ctx.population, intro.identite);
    if (persona?.panneSimulee) return { erreur: ERREURS.indisponible };
    variante = persona?.varianteReponse;
    const f = persona?.foyerFiscal ? ctx.population.foyersFiscaux.find((x) => x.id === persona.foyerFiscal) : undefined;
    if (!f) return { erreur: ERREURS.declarantInconnu };
    foyer = f;
    scopes = intro.scopes;
    const n = Number(jourParis(ctx.maintenant).slice(0, 4));
    const n1Disponible = anneeTaxee(n - 1, ctx.maintenant, ctx.datesTaxation) && aDesDonnees(foyer, n - 1);
    if (!anneeAutorisee(d.annrev, scopes, n, n1Disponible)) {
      return { erreur: ERREURS.accesRefuse("année de revenus non couverte par les scopes FranceConnect accordés") };
    }
  }

  if (!anneeTaxee(d.annrev, ctx.maintenant, ctx.datesTaxation)) return { erreur: ERREURS.aucunResultat };
  const multiples = foyer.situationsMultiples[String(d.annrev)];
  const unique = foyer.annees[String(d.annrev)];
  const servir = (s: SituationIR, champs: ReadonlySet<string>) => {
    const corps = garder(s, champs);
    return scopes ? filtrerParScopes(corps, scopes) : corps;
  };

  if (d.multiple) {
    const liste = multiples ?? (unique ? [unique] : null);
    if (!liste) return { erreur: ERREURS.aucunResultat };
    return { corps: { situationsIR: liste.map((s) => servir(s, ctx.champsMultiple)) }, variante };
  }
  if (multiples) {
    // Death of a married/PACS taxpayer: with this FranceConnect scope, the situation at 31/12 is served.
    const deces = multiples.some((s) => s.dateDecesdec1 || s.dateDecesdec2);
    const derniere = multiples.at(-1);
    if (scopes?.has(SCOPE_DECES) && deces && derniere) return { corps: servir(derniere, ctx.champsSimple), variante };
    return { erreur: ERREURS.situationsMultiples };
  }
  if (!unique) return { erreur: ERREURS.aucunResultat };
  return { corps: servir(unique, ctx.champsSimple), variante };
}
