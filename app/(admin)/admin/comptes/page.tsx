import type { Metadata } from "next";

import {
  libelleDerniereConnexion,
  libelleEtat,
  libelleRestriction,
  libelleRole,
  nomDuCompte,
} from "@/components/admin/comptes-libelles";
import { Section } from "@/components/admin/section";
import { Bouton } from "@/components/ui/bouton";
import { Champ } from "@/components/ui/champ";
import { Choix } from "@/components/ui/choix";
import { Formulaire } from "@/components/ui/formulaire";
import { LienModifier } from "@/components/ui/lien";
import { EnTeteTableau, classesTableau as t, TableauDefilant } from "@/components/ui/tableau-defilant";
import { TitrePage } from "@/components/ui/titre-page";
import { CHEMINS_ADMIN } from "@/lib/admin/chemins";
import { inviterPersonnelAction } from "@/lib/comptes/inviter-personnel.action";
import { listerPersonnel } from "@/lib/comptes/personnel.query";
import { db } from "@/lib/server/db";
import { exigerRole } from "@/lib/server/session";

export const metadata: Metadata = { title: "Comptes et rôles — Administration" };

export default async function ComptesEtRoles() {
  await exigerRole(["admin"], CHEMINS_ADMIN.comptes);
  const comptes = await listerPersonnel(await db());
  return (
    <div className="space-y-8">
      <TitrePage chapo="Les comptes des agents et des administrateurs : rôle, état, dernière connexion et restriction à des communes ou à des écoles.">
        Comptes et rôles
      </TitrePage>
      <Section id="comptes" titre={`${comptes.length} compte${comptes.length > 1 ? "s" : ""}`}>
        <TableauDefilant nom="Comptes des agents et des administrateurs">
          <table className={t.table}>
            <EnTeteTableau colonnes={["Compte", "Rôle", "État", "Dernière connexion", "Restriction"]} actions />
            <tbody>
              {comptes.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className={`${t.td} font-normal`}>
                    {nomDuCompte(c)}
                    {c.email && <span className="block text-sm text-attenue break-all">{c.email}</span>}
                  </th>
                  <td className={t.td}>{libelleRole(c)}</td>
                  <td className={t.td}>{libelleEtat(c)}</td>
                  <td className={t.td}>{libelleDerniereConnexion(c)}</td>
                  <td className={t.td}>{libelleRestriction(c)}</td>
                  <td className={t.td}>
                    <LienModifier href={CHEMINS_ADMIN.compte(c.id)} quoi={nomDuCompte(c)}>
                      Gérer
                    </LienModifier>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableauDefilant>
      </Section>
      <Section id="inviter" titre="Inviter un agent ou un administrateur" className="max-w-xl">
        <p>
          La personne reçoit par courriel un lien à usage unique, valable 3 jours, pour choisir son mot de passe (14
          caractères au moins, de trois types).
        </p>
        <Formulaire action={inviterPersonnelAction}>
          <Champ nom="prenoms" libelle="Prénom" autoComplete="off" required />
          <Champ nom="nom" libelle="Nom" autoComplete="off" required />
          <Champ nom="email" type="email" libelle="Adresse électronique professionnelle" autoComplete="off" required />
          <Choix
            nom="role"
            legende="Rôle"
            options={[
              { valeur: "agent", libelle: "Agent (instruction des dossiers)" },
              { valeur: "admin", libelle: "Administrateur (configuration et comptes)" },
            ]}
            valeursParDefaut={["agent"]}
          />
          <Bouton>Envoyer l&apos;invitation</Bouton>
        </Formulaire>
      </Section>
    </div>
  );
}
