import type { Metadata, Viewport } from "next";
import type { CSSProperties, ReactNode } from "react";

import { EnTete } from "@/components/layout/en-tete";
import { MiseEnPlace } from "@/components/layout/mise-en-place";
import { NomCollectiviteFourni } from "@/components/layout/nom-collectivite";
import { PiedDePage } from "@/components/layout/pied-de-page";
import { lireCollectivite } from "@/lib/collectivite/collectivite.query";
import { formesDuNom, NOM_A_CONFIGURER } from "@/lib/collectivite/domain/nom";
import { db } from "@/lib/server/db";
import { lireSession } from "@/lib/server/session";

import "./globals.css";

// Every page reads the database and carries a per-request CSP nonce: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Portail Famille", template: "%s — Portail Famille" },
  description: "Inscrire ses enfants à la cantine et aux activités périscolaires, avec un tarif calculé tout de suite.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [configuree, session] = await Promise.all([lireCollectivite(await db()), lireSession()]);
  const formes = formesDuNom(configuree ?? NOM_A_CONFIGURER);
  const collectivite = configuree?.nom ?? "Portail en cours de mise en place";
  return (
    <html lang="fr">
      <body
        className="min-h-screen flex flex-col font-sans"
        // The collectivité's colour (its contrast was checked when saved) replaces the portal's main colour token.
        style={
          configuree?.couleurPrimaire
            ? ({ "--color-primaire": configuree.couleurPrimaire } as CSSProperties)
            : undefined
        }
      >
        <nav aria-label="Accès rapide" className="bg-primaire-fonce sur-fond-sombre">
          <ul className="mx-auto max-w-5xl px-4 flex gap-4">
            <li>
              <a
                href="#contenu"
                className="sr-only focus:not-sr-only focus:inline-block focus:p-2 text-white underline"
              >
                Aller au contenu
              </a>
            </li>
            <li>
              <a
                href="#pied-de-page"
                className="sr-only focus:not-sr-only focus:inline-block focus:p-2 text-white underline"
              >
                Aller au pied de page
              </a>
            </li>
          </ul>
        </nav>
        <EnTete collectivite={collectivite} logo={configuree?.logoChemin ?? null} session={session} />
        {!configuree && <MiseEnPlace />}
        <main id="contenu" tabIndex={-1} className="flex-1 mx-auto w-full max-w-5xl px-4 py-8">
          <NomCollectiviteFourni formes={formes}>{children}</NomCollectiviteFourni>
        </main>
        <PiedDePage collectivite={collectivite} />
      </body>
    </html>
  );
}
