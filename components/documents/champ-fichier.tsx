"use client";

import { useState, type ChangeEvent } from "react";

import { Champ } from "@/components/ui/champ";
import { formaterMo } from "@/lib/documents/domain/taille";

/**
 * The file field. With JavaScript, a file over the limit is refused as soon as it is chosen (sending megabytes to be
 * told "too big" helps nobody, and above the server's body limit the answer would be a generic error); the server
 * checks everything again, with or without JavaScript. `erreurInitiale`: a refusal the server could only tell by
 * sending the page again (a body over the limit of server actions, see proxy.ts).
 */
export function ChampFichier({ tailleMaxMo, erreurInitiale }: { tailleMaxMo: number; erreurInitiale?: string }) {
  const [tropLourd, setTropLourd] = useState<string | null>(erreurInitiale ?? null);
  const verifier = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.currentTarget.files?.[0];
    const max = tailleMaxMo * 1024 * 1024;
    if (f && f.size > max) {
      setTropLourd(
        `Le fichier fait ${formaterMo(f.size)} : la taille maximale est de ${formaterMo(max)}. Réduisez-le (photo moins lourde, PDF compressé) puis choisissez-le à nouveau.`,
      );
      e.currentTarget.value = "";
    } else setTropLourd(null);
  };
  return (
    <div>
      <Champ
        nom="fichier"
        type="file"
        libelle="Fichier"
        aide={`PDF, PNG ou JPEG, ${tailleMaxMo} Mo au plus. Une photo nette de chaque page convient.`}
        accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
        onChange={verifier}
      />
      {tropLourd && (
        <p role="alert" className="mt-1 text-erreur font-semibold">
          {tropLourd}
        </p>
      )}
    </div>
  );
}
