// Issue 22 §3: one name for the collectivité, from its settings, with its article. The interface texts and the
// e-mails never designate the organisation by a generic word (« la mairie », « la commune », « la collectivité »)
// where its name belongs: this reads every page, component and e-mail template and names each leftover.
// Not scanned: comments (they speak about the code), the administration (its labels are about the setting
// itself: « Nom de la collectivité »), and « commune » for a commune of the territory (the territory editor).
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { fichiersTypeScript, RACINE } from "@/tests/support/sources";

const DOSSIERS = ["app", "components"];
const FICHIERS = [
  "lib/courriels/domain/modeles.ts",
  "lib/server/action.ts",
  "lib/donnees-personnelles/domain/fermeture.ts",
];
const EXCLUS = [/^app\/\(admin\)\//, /^components\/admin\//, /\.test\.tsx?$/];

/** Words that designate the organisation generically; « commune » only with a determiner that makes it the body. */
const GENERIQUES = [
  /\b(?:la|La|de la|à la|votre|Votre) mairie\b/,
  /\bmairie\b/i,
  /\b(?:la|La|de la|à la|votre|Votre) commune\b/,
  /\b(?:la|La|de la|à la|cette) collectivit(?:é|&eacute;)/,
];

/** The source without its comments (a URL's « // » inside a string is kept). */
function sansCommentaires(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
    .replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

export function libellesGeneriques(source: string): string[] {
  return sansCommentaires(source)
    .split("\n")
    .flatMap((ligne, i) => (GENERIQUES.some((g) => g.test(ligne)) ? [`${i + 1}: ${ligne.trim()}`] : []));
}

describe("un seul nom pour la collectivité", () => {
  it("l'analyse reconnaît un libellé générique et ignore les commentaires", () => {
    expect(
      libellesGeneriques('<p>Contactez la mairie.</p>\n// la mairie\nconst a = "Répondre à la collectivité";'),
    ).toEqual(["1: <p>Contactez la mairie.</p>", '3: const a = "Répondre à la collectivité";']);
    expect(libellesGeneriques("const x = `${nom.de}`; // la commune")).toEqual([]);
  });

  const cibles = [...DOSSIERS.flatMap(fichiersTypeScript), ...FICHIERS].filter((f) => !EXCLUS.some((e) => e.test(f)));

  it("aucune page, aucun composant ni courriel ne dit « la mairie », « la commune » ou « la collectivité »", () => {
    const restes = Object.fromEntries(
      cibles
        .map((f) => [f, libellesGeneriques(readFileSync(path.join(RACINE, f), "utf8"))] as const)
        .filter(([, l]) => l.length > 0),
    );
    expect(restes).toEqual({});
  });
});
