import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";
import { dernierCourriels } from "@/lib/courriels/boite-d-envoi.query";
import { formaterDateHeure } from "@/lib/format";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "Boîte d'envoi (démonstration)" };

function Corps({ texte }: { texte: string }) {
  // Links in the message become clickable; the rest stays text.
  return (
    <p className="whitespace-pre-line break-words">
      {texte.split(/(https?:\/\/\S+)/).map((morceau, i) =>
        /^https?:\/\//.test(morceau) ? (
          <a key={i} className="text-primaire underline" href={morceau}>
            {morceau}
          </a>
        ) : (
          morceau
        ),
      )}
    </p>
  );
}

export default async function BoiteDEnvoi() {
  if (!env().PORTAIL_DEMO) notFound();
  const courriels = await dernierCourriels(await db());
  return (
    <div className="space-y-6">
      <TitrePage chapo="En démonstration, les courriels ne partent pas : ils s'affichent ici.">
        Boîte d&apos;envoi
      </TitrePage>
      <Alerte type="attention">Page de démonstration, absente d&apos;une installation réelle.</Alerte>
      {courriels.length === 0 && <p>Aucun courriel envoyé.</p>}
      <ol className="space-y-4">
        {courriels.map((c) => (
          <li key={c.id} className="rounded-lg border border-bordure bg-white p-4">
            <h2 className="font-bold">{c.sujet}</h2>
            <p className="text-sm text-attenue">
              À {c.destinataire}, le {formaterDateHeure(c.creeLe)}
            </p>
            <div className="mt-2">
              <Corps texte={c.corps} />
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
