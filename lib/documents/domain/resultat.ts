// The outcome of a check on an uploaded file: accepted, or refused with a stable code and a French message fit for
// the person (shown next to the file field).

export type CodeRefus =
  | "fichier_absent"
  | "fichier_vide"
  | "fichier_trop_volumineux"
  | "format_refuse"
  | "pdf_incomplet"
  | "pdf_contenu_actif"
  | "pdf_chiffre"
  | "pdf_non_verifiable"
  | "image_illisible"
  | "image_trop_grande"
  | "virus_detecte"
  | "antivirus_indisponible";

export interface Refus {
  ok: false;
  code: CodeRefus;
  message: string;
}

export const refus = (code: CodeRefus, message: string): Refus => ({ ok: false, code, message });
