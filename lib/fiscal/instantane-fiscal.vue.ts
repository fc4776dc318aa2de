// The snapshot as the rest of the portal reads it: plain numbers (no Prisma Decimal), declarants typed.
import { z } from "zod";

import type { Declarant } from "./domain/identite";
import type { PeriodeFiscale } from "./domain/periodes";
import type { instantanesValides } from "./instantane-fiscal.query";

type Ligne = Awaited<ReturnType<typeof instantanesValides>>[number];

export interface InstantaneFiscalVue {
  id: string;
  foyerId: string;
  responsableId: string | null;
  source: "dgfip_franceconnect" | "dgfip_spi" | "saisie_agent";
  anneeRevenus: number;
  recupereLe: Date;
  correlationId: string | null;
  rfr: number | null;
  revenuImposable: number | null;
  nbParts: number | null;
  situationFamille: string | null;
  nbPersonnesCharge: number | null;
  parentIsole: boolean | null;
  adresseFiscale: string | null;
  adresse: { voie: string | null; complement: string | null; codePostal: string | null; commune: string | null };
  declarants: Declarant[];
  situationsMultiples: boolean;
  /** Several situations in the year: each period with its dates (empty for a single situation). */
  periodes: PeriodeFiscale[];
  /** Held for the agents: the identity behind an SPI lookup is not proven (issue 10). */
  aVerifier: boolean;
  expireLe: Date;
}

const declarants = z.array(
  z.object({
    rang: z.union([z.literal(1), z.literal(2)]),
    nomNaissance: z.string().nullable(),
    nomUsage: z.string().nullable(),
    prenoms: z.string().nullable(),
    dateNaissance: z.string().nullable(),
  }),
);

const texte = z.string().nullable();
const nombre = z.number().nullable();
const periodes = z.array(
  z.object({
    debut: texte,
    fin: texte,
    situationFamille: texte,
    rfr: nombre,
    revenuImposable: nombre,
    nbParts: nombre,
    nbPersonnesCharge: nombre,
    decesDeclarant1: texte,
    decesDeclarant2: texte,
  }),
);

export function versVue(l: Ligne): InstantaneFiscalVue {
  return {
    id: l.id,
    foyerId: l.foyerId,
    responsableId: l.responsableId,
    source: l.source,
    anneeRevenus: l.anneeRevenus,
    recupereLe: l.recupereLe,
    correlationId: l.correlationId,
    rfr: l.rfr,
    revenuImposable: l.revenuImposable,
    nbParts: l.nbParts === null ? null : Number(l.nbParts.toString()),
    situationFamille: l.situationFamille,
    nbPersonnesCharge: l.nbPersonnesCharge,
    parentIsole: l.parentIsole,
    adresseFiscale: l.adresseFiscale,
    adresse: {
      voie: l.adresseVoie,
      complement: l.adresseComplement,
      codePostal: l.adresseCodePostal,
      commune: l.adresseCommune,
    },
    declarants: declarants.catch([]).parse(l.declarants ?? []),
    situationsMultiples: l.situationsMultiples,
    periodes: periodes.catch([]).parse(l.periodes ?? []),
    aVerifier: l.aVerifier,
    expireLe: l.expireLe,
  };
}
