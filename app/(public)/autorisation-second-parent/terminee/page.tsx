import type { Metadata } from "next";

import { Alerte } from "@/components/ui/alerte";
import { TitrePage } from "@/components/ui/titre-page";

export const metadata: Metadata = { title: "Autorisation enregistrée" };

const MESSAGES: Record<string, { type: "succes" | "attention" | "erreur"; texte: string }> = {
  obtenu: {
    type: "succes",
    texte:
      "Merci : vos données fiscales ont été transmises à la collectivité. L'autre parent verra le tarif mis à jour.",
  },
  cas_complexe: {
    type: "attention",
    texte: "Merci : vos données ont été transmises. Votre situation fiscale de l'année demande l'examen d'un agent.",
  },
  echec: {
    type: "attention",
    texte:
      "Merci pour votre accord. Les Finances publiques n'ont pas pu répondre : un agent reprendra la demande ; rien n'est perdu.",
  },
  refus: {
    type: "attention",
    texte:
      "Vous avez refusé la transmission. Aucune donnée n'a été obtenue. L'autre parent peut déposer votre avis d'imposition.",
  },
  identite: {
    type: "attention",
    texte:
      "Votre identité FranceConnect ne correspond pas à celle que l'autre parent a déclarée : aucune donnée n'a été obtenue. Un agent de la collectivité examinera la demande.",
  },
  erreur: {
    type: "erreur",
    texte: "La réponse de FranceConnect n'a pas pu être vérifiée. Réessayez depuis le lien reçu.",
  },
};

export default async function AutorisationTerminee({ searchParams }: { searchParams: Promise<{ statut?: string }> }) {
  const { statut = "erreur" } = await searchParams;
  const m = MESSAGES[statut] ?? MESSAGES.erreur!;
  return (
    <div className="space-y-6 max-w-3xl">
      <TitrePage>Autorisation de vos données fiscales</TitrePage>
      <Alerte type={m.type} annoncer>
        {m.texte}
      </Alerte>
      <p>Vous pouvez fermer cette page.</p>
    </div>
  );
}
