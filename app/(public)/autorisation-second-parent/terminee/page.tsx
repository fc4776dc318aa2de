import type { Metadata } from "next";

import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";
import { lireNomCollectivite } from "@/lib/collectivite/collectivite.query";
import type { FormesDuNom } from "@/lib/collectivite/domain/nom";
import { db } from "@/lib/server/db";

type Statut = { type: "succes" | "attention" | "erreur"; titre: string; texte: string };

// The title says what happened: never "enregistrée" on a page that says the authorization was refused or failed.
const messages = (collectivite: FormesDuNom): Record<string, Statut> => ({
  obtenu: {
    type: "succes",
    titre: "Autorisation enregistrée",
    texte: `Merci : vos données fiscales ont été transmises ${collectivite.a}. L'autre parent verra le tarif mis à jour.`,
  },
  cas_complexe: {
    type: "attention",
    titre: "Autorisation enregistrée",
    texte: "Merci : vos données ont été transmises. Votre situation fiscale de l'année demande l'examen d'un agent.",
  },
  echec: {
    type: "attention",
    titre: "Autorisation enregistrée, données en attente",
    texte:
      "Merci pour votre accord. Les Finances publiques n'ont pas pu répondre : un agent reprendra la demande ; rien n'est perdu.",
  },
  refus: {
    type: "attention",
    titre: "Transmission refusée",
    texte:
      "Vous avez refusé la transmission. Aucune donnée n'a été obtenue. L'autre parent peut déposer votre avis d'imposition.",
  },
  identite: {
    type: "attention",
    titre: "Identité à vérifier",
    texte: `Votre identité FranceConnect ne correspond pas à celle que l'autre parent a déclarée : aucune donnée n'a été obtenue. Un agent ${collectivite.de} examinera la demande.`,
  },
  erreur: {
    type: "erreur",
    titre: "Autorisation non vérifiée",
    texte: "La réponse de FranceConnect n'a pas pu être vérifiée. Réessayez depuis le lien reçu.",
  },
});

type Parametres = { searchParams: Promise<{ statut?: string }> };

async function messageDe(searchParams: Parametres["searchParams"]): Promise<Statut> {
  const { statut = "erreur" } = await searchParams;
  const m = messages(await lireNomCollectivite(await db()));
  return m[statut] ?? m.erreur!;
}

export async function generateMetadata({ searchParams }: Parametres): Promise<Metadata> {
  return { title: (await messageDe(searchParams)).titre };
}

export default async function AutorisationTerminee({ searchParams }: Parametres) {
  const m = await messageDe(searchParams);
  return (
    <div className="space-y-6 max-w-3xl">
      <TitrePage>{m.titre}</TitrePage>
      <Alerte type={m.type} annoncer>
        {m.texte}
      </Alerte>
      <p>Vous pouvez fermer cette page.</p>
    </div>
  );
}
