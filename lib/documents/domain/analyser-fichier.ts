// Everything that can be said about an uploaded file from its bytes alone: size, real format, structure. The
// first failing check gives the person one clear French reason.
import { detecterFormat, FORMATS, type FormatAccepte } from "./format-fichier";
import { refus, type Refus } from "./resultat";
import { verifierStructureImage, type Dimensions } from "./structure-image";
import { verifierStructurePdf } from "./structure-pdf";
import { formaterMo } from "./taille";

export interface FichierAccepte {
  ok: true;
  format: FormatAccepte;
  typeMime: string;
  extension: string;
  dimensions: Dimensions | null;
}

export function analyserFichier(octets: Uint8Array, tailleMaxOctets: number): FichierAccepte | Refus {
  if (octets.length === 0)
    return refus("fichier_vide", "Le fichier est vide. Choisissez le bon fichier, puis déposez-le à nouveau.");
  if (octets.length > tailleMaxOctets) {
    return refus(
      "fichier_trop_volumineux",
      `Le fichier fait ${formaterMo(octets.length)} : la taille maximale est de ${formaterMo(tailleMaxOctets)}. Réduisez-le (photo moins lourde, PDF compressé) puis déposez-le.`,
    );
  }
  const format = detecterFormat(octets);
  if (!format) {
    return refus(
      "format_refuse",
      "Ce fichier n'est ni un PDF, ni une image PNG ou JPEG (son contenu a été vérifié, pas seulement son nom). Seuls ces formats sont acceptés.",
    );
  }
  let dimensions: Dimensions | null = null;
  if (format === "pdf") {
    const r = verifierStructurePdf(octets);
    if (!r.ok) return r;
  } else {
    const r = verifierStructureImage(format, octets);
    if (!r.ok) return r;
    dimensions = r.dimensions;
  }
  return { ok: true, format, typeMime: FORMATS[format].typeMime, extension: FORMATS[format].extension, dimensions };
}
