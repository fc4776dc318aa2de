// "Export my data": a JSON file of everything the portal holds about the signed-in family, as an attachment,
// never cached. A plain GET link, so it works without JavaScript.
import { journaliser } from "@/lib/audit/journal.mutation";
import { exporterMesDonnees } from "@/lib/donnees-personnelles/export.query";
import { db } from "@/lib/server/db";
import { lireSession } from "@/lib/server/session";

const ENTETES = { "Cache-Control": "no-store, private", Pragma: "no-cache", "X-Content-Type-Options": "nosniff" };

export async function GET() {
  const session = await lireSession();
  if (!session)
    return new Response("Connectez-vous pour exporter vos données.", {
      status: 401,
      headers: { ...ENTETES, "Content-Type": "text/plain; charset=utf-8" },
    });
  if (session.compte.role !== "citoyen")
    return new Response("Export réservé aux comptes famille.", {
      status: 403,
      headers: { ...ENTETES, "Content-Type": "text/plain; charset=utf-8" },
    });
  const base = await db();
  const maintenant = new Date();
  const donnees = await exporterMesDonnees(base, session.compte.id, maintenant);
  await journaliser(base, { id: session.compte.id, role: session.compte.role }, "donnees.exportees", {
    type: "compte",
    id: session.compte.id,
  });
  return new Response(JSON.stringify(donnees, null, 2), {
    headers: {
      ...ENTETES,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mes-donnees-portail-famille-${maintenant.toISOString().slice(0, 10)}.json"`,
    },
  });
}
