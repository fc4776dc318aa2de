// Issue 22 §4: the focus indicator reaches 3:1 (WCAG 1.4.11, RGAA 3.3) against every background it is drawn on, and
// keeps its 3 px thickness. Read from the stylesheet's own tokens, so a colour change cannot silently break it.
import { readFileSync } from "node:fs";
import path from "node:path";

import { wcagContrast } from "culori";
import { describe, expect, it } from "vitest";

const css = readFileSync(path.join(import.meta.dirname, "../../app/globals.css"), "utf8");

const jetons = Object.fromEntries(
  [...css.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
);

/** A colour of the stylesheet: a literal, or one of its tokens through var(). */
function couleur(valeur: string): string {
  const v = /var\(--color-([\w-]+)\)/.exec(valeur);
  if (!v) return valeur.trim();
  const jeton = jetons[v[1]!];
  if (!jeton) throw new Error(`jeton inconnu : ${v[1]}`);
  return jeton;
}

/** The declarations of the rule whose selector is exactly `selecteur`. */
function regle(selecteur: string): Record<string, string> {
  const echappe = selecteur.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(?:^|\\n|\\})\\s*${echappe}\\s*\\{([^}]*)\\}`).exec(css);
  if (!m) throw new Error(`règle absente : ${selecteur}`);
  return Object.fromEntries(
    m[1]!
      .split(";")
      .map((d) => d.split(":").map((s) => s.trim()))
      .filter((d) => d.length === 2 && d[0])
      .map(([p, v]) => [p!, v!]),
  );
}

/** The outline colour and width of a rule (shorthand "3px solid X", or outline-color alone). */
function contour(r: Record<string, string>) {
  const [largeur, , teinte] = (r.outline ?? "").split(/\s+(?![^(]*\))/);
  return { largeur, couleur: couleur(r["outline-color"] ?? teinte ?? "") };
}

const FONDS_CLAIRS = ["#ffffff", "fond", "primaire-clair", "succes-clair", "alerte-clair", "erreur-clair"];
const FONDS_SOMBRES = ["primaire-fonce", "primaire"];
const teinte = (fond: string) => (fond.startsWith("#") ? fond : couleur(`var(--color-${fond})`));

describe("indicateur de focus", () => {
  it("garde son épaisseur de 3 px", () => {
    expect(contour(regle(":focus-visible")).largeur).toBe("3px");
  });

  it.each(FONDS_CLAIRS)("atteint 3:1 sur le fond %s", (fond) => {
    const { couleur: focus } = contour(regle(":focus-visible"));
    expect(wcagContrast(focus, teinte(fond))).toBeGreaterThanOrEqual(3);
  });

  it.each(FONDS_SOMBRES)("atteint 3:1 sur le fond sombre %s (zones .sur-fond-sombre)", (fond) => {
    const { couleur: focus } = contour(regle(".sur-fond-sombre :focus-visible"));
    expect(wcagContrast(focus, teinte(fond))).toBeGreaterThanOrEqual(3);
  });

  it("les zones sombres de la mise en page portent la classe qui y éclaircit le focus", () => {
    const mise = readFileSync(path.join(import.meta.dirname, "../../app/layout.tsx"), "utf8");
    for (const m of mise.matchAll(/className="([^"]*bg-primaire(?:-fonce)?\b[^"]*)"/g))
      expect(m[1]).toContain("sur-fond-sombre");
  });
});
