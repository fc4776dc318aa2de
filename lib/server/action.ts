import "server-only";

import { randomUUID } from "node:crypto";

import { unstable_rethrow } from "next/navigation";
import { z } from "zod";

import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { formesDuNom, NOM_A_CONFIGURER } from "@/lib/collectivite/domain/nom";
import type { Role } from "@/lib/generated/prisma/client";
import type { Db } from "./database";
import { db } from "./db";
import { ErreurMetier } from "./erreurs";
import { MESSAGE_CHAMPS_EN_ERREUR, type EtatFormulaire } from "./etat-formulaire";
import { logger } from "./log";
import { lireSession, type SessionUtilisateur } from "./session";

const CHAMPS_SECRETS = /mot.?de.?passe|password|secret|jeton|token/i;

/** FormData → plain object; a key sent several times becomes an array; files are kept as File. */
function objetDepuisFormulaire(f: FormData): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const cle of new Set(f.keys())) {
    if (cle.startsWith("$ACTION")) continue;
    const toutes = f.getAll(cle);
    o[cle] = toutes.length > 1 ? toutes : toutes[0];
  }
  return o;
}

function valeursAReafficher(f: FormData): Record<string, string | string[]> {
  const v: Record<string, string | string[]> = {};
  for (const [cle, val] of Object.entries(objetDepuisFormulaire(f))) {
    if (CHAMPS_SECRETS.test(cle) || cle.startsWith("$")) continue;
    if (typeof val === "string") v[cle] = val;
    else if (Array.isArray(val)) v[cle] = val.filter((x): x is string => typeof x === "string");
  }
  return v;
}

/** Field errors of an ErreurMetier: its field, and its problems keyed by their path ("tranches.2.min"). */
function erreursDeChamps(e: ErreurMetier): Record<string, string[]> | undefined {
  const erreurs: Record<string, string[]> = {};
  if (e.champ) erreurs[e.champ] = [e.message];
  for (const p of e.problemes) (erreurs[p.chemin.join(".")] ??= []).push(p.message);
  return Object.keys(erreurs).length > 0 ? erreurs : undefined;
}

interface ContexteAction<S extends SessionUtilisateur | null> {
  session: S;
  db: Db;
}

type Traitement<S extends z.ZodType, Sess extends SessionUtilisateur | null> = (
  ctx: ContexteAction<Sess>,
  donnees: z.output<S>,
) => Promise<EtatFormulaire | void>;

/**
 * Every server action has this shape: role check → zod input → handler (which checks ownership in its queries)
 * → small result. Works with `useActionState`, with or without JavaScript.
 */
export function creerAction<S extends z.ZodType>(roles: Role[], schema: S, traiter: Traitement<S, SessionUtilisateur>) {
  return construire(roles, schema, traiter as Traitement<S, SessionUtilisateur | null>);
}

/** Same shape for actions open to visitors (sign-in, account creation). */
export function creerActionPublique<S extends z.ZodType>(schema: S, traiter: Traitement<S, SessionUtilisateur | null>) {
  return construire("public", schema, traiter);
}

function construire<S extends z.ZodType>(
  roles: Role[] | "public",
  schema: S,
  traiter: Traitement<S, SessionUtilisateur | null>,
) {
  return async (_precedent: EtatFormulaire, formulaire: FormData): Promise<EtatFormulaire> => {
    const valeurs = valeursAReafficher(formulaire);
    const session = await lireSession();
    if (roles !== "public") {
      if (!session)
        return {
          statut: "erreur",
          message: "Votre session a expiré. Reconnectez-vous pour continuer ; rien n'a été enregistré.",
          valeurs,
        };
      if (!roles.includes(session.compte.role))
        return { statut: "erreur", message: "Cette action n'est pas autorisée pour votre compte.", valeurs };
    }
    const lu = schema.safeParse(objetDepuisFormulaire(formulaire));
    if (!lu.success) {
      const aplati = z.flattenError(lu.error as z.ZodError<Record<string, unknown>>);
      const erreurs = aplati.fieldErrors as Record<string, string[]>;
      // A check of the whole form names no field: its own message, not a summary that would point at nothing.
      const message =
        Object.keys(erreurs).length > 0 ? MESSAGE_CHAMPS_EN_ERREUR : (aplati.formErrors[0] ?? MESSAGE_CHAMPS_EN_ERREUR);
      return { statut: "erreur", message, erreurs, valeurs };
    }
    try {
      return (await traiter({ session, db: await db() }, lu.data)) ?? { statut: "succes" };
    } catch (e) {
      unstable_rethrow(e);
      if (e instanceof ErreurMetier)
        return { statut: "erreur", message: e.message, erreurs: erreursDeChamps(e), valeurs };
      const reference = randomUUID().slice(0, 8);
      logger.error({ err: e, reference }, "action en échec");
      const collectivite = await lireNomCollectivite(await db()).catch(() => formesDuNom(NOM_A_CONFIGURER));
      return {
        statut: "erreur",
        message: `Une erreur inattendue s'est produite ; rien n'a été perdu. Réessayez, ou communiquez la référence ${reference} ${collectivite.a}.`,
        valeurs,
      };
    }
  };
}
