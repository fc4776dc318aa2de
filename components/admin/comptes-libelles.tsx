import { formaterDateHeure } from "@/lib/format";

/** Ce que la page « Comptes et rôles » montre d'un compte : nom, rôle, état, dernière connexion, restriction. */
interface CompteAffiche {
  role: "citoyen" | "agent" | "admin";
  email: string | null;
  prenoms: string | null;
  nomUsage: string | null;
  desactiveLe: Date | null;
  derniereConnexionLe: Date | null;
  sansMotDePasse: boolean;
  perimetreRestreint: boolean;
  communes: { codeInsee: string; nom: string }[];
  ecoles: { id: string; nom: string }[];
}

export const nomDuCompte = (c: CompteAffiche) =>
  [c.prenoms, c.nomUsage].filter(Boolean).join(" ") || (c.email ?? "Compte sans nom");

export const libelleRole = (c: CompteAffiche) => (c.role === "admin" ? "Administrateur" : "Agent");

export function libelleEtat(c: CompteAffiche): string {
  if (c.desactiveLe) return `Désactivé le ${formaterDateHeure(c.desactiveLe)}`;
  if (c.sansMotDePasse) return "Actif, mot de passe à choisir (lien envoyé)";
  return "Actif";
}

export const libelleDerniereConnexion = (c: CompteAffiche) =>
  c.derniereConnexionLe ? formaterDateHeure(c.derniereConnexionLe) : "Jamais";

export function libelleRestriction(c: CompteAffiche): string {
  if (c.role === "admin") return "Aucune (administrateur)";
  if (!c.perimetreRestreint) return "Aucune : tous les dossiers";
  const lieux = [...c.communes.map((x) => `commune ${x.nom}`), ...c.ecoles.map((x) => x.nom)];
  return lieux.length === 0 ? "Aucun dossier (restreint sans commune ni école)" : lieux.join(", ");
}
