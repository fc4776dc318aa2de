import type { Metadata } from "next";
import Link from "next/link";

import { Section } from "@/components/admin/section";
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { ChampTexteLong } from "@/components/ui/champ-texte-long";
import { Formulaire } from "@/components/ui/formulaire";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { lireDeclarationAccessibilite } from "@/lib/collectivite/accessibilite.query";
import { enregistrerDeclarationAccessibilite } from "@/lib/collectivite/enregistrer-accessibilite.action";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Déclaration d'accessibilité — Administration" };

const jour = (d: Date | null | undefined) => d?.toISOString().slice(0, 10);

export default async function AdminAccessibilite() {
  await exigerRole(["admin"], CHEMINS_ADMIN.accessibilite);
  const d = await lireDeclarationAccessibilite(await db());
  return (
    <div className="space-y-8">
      <TitrePage chapo="Ce que la page publique « Accessibilité » déclare, selon le modèle du RGAA. L'état de conformité découle de l'audit.">
        Déclaration d&apos;accessibilité
      </TitrePage>
      <p>
        <Link className="text-primaire underline underline-offset-4" href="/accessibilite">
          Voir la déclaration publiée
        </Link>
      </p>
      <Formulaire action={enregistrerDeclarationAccessibilite} className="space-y-8 max-w-2xl">
        <Section id="declaration" titre="Déclaration et audit">
          <Champ
            nom="etablieLe"
            type="date"
            libelle="Date de la déclaration"
            valeurParDefaut={jour(d?.etablieLe)}
            required
          />
          <Champ
            nom="auditRealisePar"
            libelle="Audit réalisé par (facultatif)"
            aide="Sans audit, le portail est déclaré non conforme, comme le prévoit le RGAA."
            valeurParDefaut={d?.auditRealisePar ?? undefined}
          />
          <Champ nom="auditLe" type="date" libelle="Date de l'audit (facultatif)" valeurParDefaut={jour(d?.auditLe)} />
          <Champ
            nom="tauxConformite"
            inputMode="numeric"
            libelle="Critères du RGAA respectés, en % (facultatif)"
            aide="100 % : totalement conforme ; 50 % ou plus : partiellement conforme ; moins : non conforme."
            valeurParDefaut={d?.tauxConformite?.toString()}
          />
        </Section>
        <Section id="contenus" titre="Contenus non accessibles (un par ligne)">
          <ChampTexteLong nom="nonConformites" libelle="Non-conformités" rows={5} valeurParDefaut={d?.nonConformites} />
          <ChampTexteLong
            nom="derogations"
            libelle="Dérogations pour charge disproportionnée"
            rows={3}
            valeurParDefaut={d?.derogations}
          />
          <ChampTexteLong
            nom="horsObligation"
            libelle="Contenus non soumis à l'obligation d'accessibilité"
            rows={3}
            valeurParDefaut={d?.horsObligation}
          />
        </Section>
        <Section id="contact" titre="Contact et plan d'action">
          <Champ
            nom="contactCourriel"
            type="email"
            libelle="Adresse électronique du contact accessibilité"
            autoComplete="off"
            valeurParDefaut={d?.contactCourriel ?? undefined}
            required
          />
          <Champ
            nom="contactAutre"
            libelle="Autre moyen de contact (facultatif)"
            aide="Adresse postale, téléphone ou formulaire en ligne."
            valeurParDefaut={d?.contactAutre ?? undefined}
          />
          <Champ
            nom="schemaPluriannuel"
            libelle="Schéma pluriannuel de mise en accessibilité (facultatif)"
            aide="L'adresse où il est publié (https://…), ou où le consulter."
            valeurParDefaut={d?.schemaPluriannuel ?? undefined}
          />
          <Champ
            nom="planActionAnnee"
            libelle="Plan d'action de l'année (facultatif)"
            aide="L'adresse où il est publié (https://…), ou où le consulter."
            valeurParDefaut={d?.planActionAnnee ?? undefined}
          />
        </Section>
        <Bouton>Enregistrer et publier</Bouton>
      </Formulaire>
    </div>
  );
}
