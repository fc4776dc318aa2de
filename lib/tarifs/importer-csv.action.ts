"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { acteurDe } from "@/lib/audit/journal.mutation";
import { uuid } from "@/lib/commun/champs-formulaire";
import { creerAction } from "@/lib/server/action";
import { ErreurMetier } from "@/lib/server/erreurs";
import { importerGrilleCsv } from "./domain/grille-csv-import";
import { enregistrerBrouillon } from "./grilles.mutation";

const TAILLE_MAX = 500_000;
// Whatever File class the multipart parser uses: only what we read from it is checked.
const fichier = z
  .custom<Blob>(
    (v) => typeof v === "object" && v !== null && typeof (v as Blob).text === "function" && (v as Blob).size > 0,
    { error: "Choisissez un fichier CSV" },
  )
  .refine((f) => f.size <= TAILLE_MAX, "Fichier trop volumineux pour une grille (500 ko au plus)");

/**
 * Imports a CSV grid into the grid's draft. All or nothing: the file is fully checked first (every error with its
 * line number), then saved as the draft in one transaction; a rejected file changes nothing.
 */
export const importerCsv = creerAction(
  ["admin"],
  z.object({ grilleId: uuid("Grille"), fichier }),
  async ({ db, session }, d) => {
    const r = importerGrilleCsv(await d.fichier.text());
    if (!r.ok) {
      const problemes = r.erreurs.map((e) => ({
        chemin: ["fichier"],
        message: e.ligne === null ? e.message : `Ligne ${e.ligne} : ${e.message}`,
      }));
      throw new ErreurMetier(
        "csv_invalide",
        `Le fichier n'a pas été importé (${problemes.length === 1 ? "une erreur" : `${problemes.length} erreurs`}) : rien n'a changé.`,
        undefined,
        problemes,
      );
    }
    let version: { id: string };
    try {
      version = await enregistrerBrouillon(db, acteurDe(session), { grilleId: d.grilleId, definition: r.definition });
    } catch (e) {
      if (e instanceof ErreurMetier)
        throw new ErreurMetier(e.code, `Le fichier n'a pas été importé : ${e.message}.`, "fichier");
      throw e;
    }
    revalidatePath(CHEMINS_ADMIN.grille(d.grilleId), "layout");
    redirect(`${CHEMINS_ADMIN.version(d.grilleId, version.id)}?importee=1`);
  },
);
