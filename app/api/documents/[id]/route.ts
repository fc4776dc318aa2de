// Download of an uploaded document: signed-in, ownership checked (a family: its household; an admin: any; an agent:
// any of a household with a dossier in their perimeter, see lib/instruction/perimetre.query.ts), always
// as an attachment with its verified type, never rendered inline by the portal, never cached.
import { journaliserLecture } from "@/lib/audit/lectures.mutation";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import { dependancesDocuments } from "@/lib/documents/dependances-application";
import { lireDocumentPourTelechargement } from "@/lib/documents/documents.query";
import { enTetePieceJointe } from "@/lib/documents/domain/nom-fichier";
import { documentDansPerimetre } from "@/lib/instruction/perimetre.query";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/log";
import { lireSession } from "@/lib/server/session";

const SANS_CACHE = { "Cache-Control": "no-store, private", Pragma: "no-cache", "X-Content-Type-Options": "nosniff" };

const texte = (corps: string, status: number) =>
  new Response(corps, { status, headers: { ...SANS_CACHE, "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await lireSession();
  if (!session) return texte("Connectez-vous pour télécharger cette pièce.", 401);
  const { id } = await params;
  const acteur = { id: session.compte.id, role: session.compte.role };
  const base = await db();
  if (acteur.role === "agent" && !(await documentDansPerimetre(base, acteur.id, id)))
    return texte("Pièce introuvable.", 404);
  const r = await lireDocumentPourTelechargement(base, dependancesDocuments().stockage, acteur, id);
  if (r.statut === "introuvable") return texte("Pièce introuvable.", 404);
  if (r.statut === "altere") {
    logger.error({ documentId: r.documentId }, "pièce absente du stockage ou altérée (empreinte sha256 différente)");
    const collectivite = await lireNomCollectivite(base);
    return texte(
      `Cette pièce ne peut pas être délivrée (fichier absent ou altéré) ; l'incident est enregistré. Si vous en avez besoin, contactez ${collectivite.sujet}.`,
      500,
    );
  }
  // A family reading its own document is not an event; an agent opening a family's document is.
  await journaliserLecture(base, acteur, { type: "document", documentId: id });
  return new Response(new Uint8Array(r.octets), {
    headers: {
      ...SANS_CACHE,
      "Content-Type": r.typeMime,
      "Content-Length": String(r.octets.length),
      "Content-Disposition": enTetePieceJointe(r.nomFichier),
      // Should a browser open it anyway, nothing in it may run or load anything.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
