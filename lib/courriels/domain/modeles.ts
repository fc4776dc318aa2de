// The one place where the portal's e-mails take shape: each message's subject and plain text, and the simple HTML
// derived from that text (at sending time too, from the text kept in the outbox). A message carries a link and
// nothing personal: names, figures, reasons and decisions stay behind the sign-in. Templates get the link and the
// collectivité's name (from its settings, with its article) only; whatever else a caller holds cannot reach them.
import type { FormesDuNom } from "@/lib/collectivite/domain/nom";

export interface DonneesModele {
  lien: URL;
  collectivite: FormesDuNom;
}

export interface CourrielRendu {
  sujet: string;
  texte: string;
  html: string;
}

interface Modele {
  sujet: string;
  /** The paragraphs before the link, and the ones after it. */
  avant: string[];
  apres?: string[];
}

const VOTRE_ESPACE = "Le détail est dans votre espace famille :";

export const MODELES = {
  activation_compte: () => ({
    sujet: "Activez votre compte du Portail Famille",
    avant: ["Pour activer votre compte, ouvrez ce lien dans les 24 heures :"],
    apres: ["Si vous n'avez pas demandé ce compte, ignorez ce message."],
  }),
  reinitialisation_mot_de_passe: () => ({
    sujet: "Réinitialiser votre mot de passe du Portail Famille",
    avant: ["Pour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure :"],
    apres: ["Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe ne change pas."],
  }),
  invitation_personnel: (c: FormesDuNom) => ({
    sujet: "Votre compte d'agent au Portail Famille",
    avant: [
      `Un administrateur du Portail Famille ${c.de} vous a créé un compte. Pour choisir votre mot de passe et l'activer, ouvrez ce lien dans les 3 jours (il ne sert qu'une fois) :`,
    ],
    apres: [`Si vous n'attendiez pas ce compte, ignorez ce message et prévenez ${c.sujet}.`],
  }),
  reinitialisation_imposee: () => ({
    sujet: "Choisissez un nouveau mot de passe pour le Portail Famille",
    avant: [
      "Un administrateur du Portail Famille a invalidé votre mot de passe. Pour en choisir un nouveau, ouvrez ce lien dans les 3 jours (il ne sert qu'une fois) :",
    ],
  }),
  invitation_second_parent: (c: FormesDuNom) => ({
    sujet: "Autorisez la récupération de vos données fiscales pour les inscriptions de vos enfants",
    avant: [
      `L'autre parent de vos enfants les inscrit au Portail Famille ${c.de}. Le tarif dépend aussi de vos revenus, déclarés séparément. Avec votre accord, ${c.sujet} peut les obtenir directement auprès des Finances publiques.`,
      "Ouvrez ce lien (valable 7 jours) :",
    ],
    apres: ["Si vous ne connaissez pas cette démarche, ignorez ce message."],
  }),
  demande_recue: () => ({
    sujet: "Votre demande d'inscription est reçue",
    avant: [
      "Votre demande est reçue ; un agent doit l'examiner. Vous serez prévenu de sa décision. Suivez-la dans votre espace famille :",
    ],
  }),
  demande_validee: () => ({
    sujet: "Vos inscriptions sont validées",
    avant: ["Vos inscriptions sont validées et leur tarif est fixé. " + VOTRE_ESPACE],
  }),
  decision_validation: () => ({
    sujet: "Votre demande d'inscription est validée",
    avant: ["Votre demande d'inscription est validée. " + VOTRE_ESPACE],
  }),
  decision_rejet: () => ({
    sujet: "Décision sur votre demande d'inscription",
    avant: ["Une décision a été prise sur votre demande d'inscription. " + VOTRE_ESPACE],
  }),
  demande_complement: (c: FormesDuNom) => ({
    sujet: `${c.Sujet} a besoin d'un complément pour votre demande`,
    avant: [`${c.Sujet} a besoin d'un complément pour votre demande. ` + VOTRE_ESPACE],
  }),
  nouveau_message: (c: FormesDuNom) => ({
    sujet: `Nouveau message ${c.de}`,
    avant: [`${c.Sujet} vous a écrit au sujet de votre demande. Lisez son message dans votre espace famille :`],
  }),
  nouvelle_autorisation: (c: FormesDuNom) => ({
    sujet: "Autorisez à nouveau la récupération de vos données fiscales",
    avant: [
      `Pour fixer le tarif de votre demande, ${c.sujet} vous propose d'autoriser à nouveau la récupération de vos données fiscales. ` +
        VOTRE_ESPACE,
    ],
  }),
  nouvelle_annee_revenus: () => ({
    sujet: "De nouveaux revenus de référence sont disponibles pour vos tarifs",
    avant: [
      "Les Finances publiques mettent à disposition une année de revenus plus récente que celle qui a servi à calculer vos tarifs. Si vous le souhaitez, autorisez à nouveau leur récupération depuis votre espace famille ; rien n'est demandé sans votre accord :",
    ],
  }),
} satisfies Record<string, (c: FormesDuNom) => Modele>;

export type NomModele = keyof typeof MODELES;

/** Subject, plain text and HTML of a message. */
export function rendreCourriel(nom: NomModele, { lien, collectivite }: DonneesModele): CourrielRendu {
  const m: Modele = MODELES[nom](collectivite);
  const texte = [
    "Bonjour,",
    `${m.avant.join("\n\n")}\n${lien.toString()}`,
    ...(m.apres ?? []),
    `Ce message est envoyé automatiquement par le Portail Famille ${collectivite.de} : n'y répondez pas.`,
  ].join("\n\n");
  return { sujet: m.sujet, texte, html: corpsHtml(texte, m.sujet) };
}

const echapper = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Plain text → minimal, accessible HTML: one paragraph per block, URLs made into links, everything escaped. */
export function corpsHtml(texte: string, sujet: string): string {
  const paragraphes = texte
    .trim()
    .split(/\n{2,}/)
    .map((bloc) =>
      echapper(bloc)
        .replace(/https?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`)
        .replace(/\n/g, "<br>"),
    )
    .map((p) => `<p>${p}</p>`)
    .join("\n");
  return `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>${echapper(sujet)}</title></head>\n<body>\n${paragraphes}\n</body>\n</html>\n`;
}
