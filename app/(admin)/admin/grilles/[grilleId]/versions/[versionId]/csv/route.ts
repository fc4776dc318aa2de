// CSV export of a grid version (any status): a download, checked like a page (admin role), never cached.
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { estUuid } from "@/lib/commun/uuid";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { lireSession } from "@/lib/server/session";
import { exporterGrilleCsv } from "@/lib/tarifs/domain/grille-csv";
import { codeDepuisLibelle } from "@/lib/tarifs/editeur/conversion";
import { lireVersionDeGrille } from "@/lib/tarifs/version-admin.query";

const texte = (corps: string, status: number) =>
  new Response(corps, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(_req: Request, { params }: { params: Promise<{ grilleId: string; versionId: string }> }) {
  const { grilleId, versionId } = await params;
  const session = await lireSession();
  if (!session)
    return Response.redirect(
      new URL(`/connexion?retour=${encodeURIComponent(CHEMINS_ADMIN.version(grilleId, versionId))}`, env().PORTAIL_URL),
      303,
    );
  if (session.compte.role !== "admin")
    return texte("Accès refusé : l'export des grilles est réservé aux administrateurs.", 403);
  if (!estUuid(grilleId) || !estUuid(versionId)) return texte("Grille introuvable.", 404);
  const lu = await lireVersionDeGrille(await db(), grilleId, versionId);
  if (!lu) return texte("Grille introuvable.", 404);
  const nom = `grille-${codeDepuisLibelle(lu.grille.activite.nom).replaceAll("_", "-") || "activite"}-v${lu.version.numero}.csv`;
  return new Response(exporterGrilleCsv(lu.version.definition), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${nom}"`,
      "Cache-Control": "no-store",
    },
  });
}
