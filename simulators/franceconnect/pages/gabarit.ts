// HTML of the simulator's pages: a tagged template that escapes every interpolated value, and the common layout
// (French, system fonts only, visible focus, works without JavaScript: no script at all).

export class Html {
  constructor(readonly valeur: string) {}
  toString(): string {
    return this.valeur;
  }
}

function echapper(texte: string): string {
  return texte
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function rendre(valeur: unknown): string {
  if (valeur instanceof Html) return valeur.valeur;
  if (Array.isArray(valeur)) return valeur.map(rendre).join("");
  if (valeur === null || valeur === undefined || valeur === false) return "";
  return echapper(String(valeur));
}

/** `html\`<p>${texte}</p>\`` escapes `texte`; nested `html` fragments and arrays of them are kept as they are. */
export function html(morceaux: TemplateStringsArray, ...valeurs: unknown[]): Html {
  return new Html(morceaux.reduce((acc, m, i) => acc + m + (i < valeurs.length ? rendre(valeurs[i]) : ""), ""));
}

const STYLE = `
:root { color-scheme: light; --bleu: #000091; --bleu-clair: #e3e3fd; --texte: #161616; --gris: #3a3a3a; --erreur: #ce0500; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--texte); background: #f6f6f6; line-height: 1.5; font-size: 1rem; }
a { color: var(--bleu); }
.evitement { position: absolute; left: -10000px; }
.evitement:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
header { background: #fff; border-bottom: 1px solid #ddd; padding: 1rem; }
header p { margin: 0; }
.marque { font-weight: 700; font-size: 1.25rem; color: var(--bleu); }
.simulateur { display: inline-block; margin-top: .25rem; background: #fff4e5; color: #6b3a00; border: 1px solid #b35c00;
  padding: 0 .5rem; border-radius: 4px; font-size: .875rem; }
main { max-width: 44rem; margin: 1.5rem auto; background: #fff; padding: 1.5rem; border: 1px solid #ddd; }
h1 { font-size: 1.75rem; margin-top: 0; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
fieldset { border: 1px solid #ccc; padding: .75rem 1rem; margin: 0 0 1rem; }
legend { font-weight: 700; padding: 0 .25rem; }
.choix { display: flex; gap: .5rem; align-items: flex-start; padding: .4rem 0; border-bottom: 1px solid #eee; }
.choix:last-child { border-bottom: 0; }
.choix input { margin-top: .35rem; width: 1.1rem; height: 1.1rem; }
.choix label { font-weight: 600; }
.aide { display: block; font-weight: 400; color: var(--gris); font-size: .875rem; }
label { display: block; }
input[type=email], input[type=password] { display: block; width: 100%; max-width: 24rem; padding: .5rem; margin: .25rem 0 1rem;
  border: 1px solid #666; border-radius: 4px 4px 0 0; border-bottom: 2px solid var(--bleu); font: inherit; }
input[aria-invalid=true] { border-bottom-color: var(--erreur); }
button { font: inherit; font-weight: 600; background: var(--bleu); color: #fff; border: 2px solid var(--bleu);
  padding: .5rem 1.25rem; border-radius: 4px; cursor: pointer; margin-top: .5rem; }
button.secondaire { background: #fff; color: var(--bleu); }
button:hover { text-decoration: underline; }
:focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
.erreurs { border-left: 4px solid var(--erreur); background: #ffe9e9; padding: .75rem 1rem; margin-bottom: 1rem; }
.erreurs h2 { margin: 0 0 .25rem; font-size: 1.1rem; color: var(--erreur); }
.message-erreur { color: var(--erreur); font-weight: 600; margin: 0 0 .5rem; }
.case { display: flex; gap: .5rem; align-items: flex-start; margin: 1rem 0; }
.case input { margin-top: .35rem; width: 1.1rem; height: 1.1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 700; }
dd { margin: 0; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
footer { text-align: center; font-size: .875rem; color: var(--gris); padding: 1rem; }
`;

export interface Page {
  titre: string;
  contenu: Html;
}

/** A complete page; `titre` also names the page for screen readers (prefix errors with « Erreur : »). */
export function page({ titre, contenu }: Page): string {
  return `<!DOCTYPE html>${html`<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titre} – FranceConnect (simulateur)</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<a class="evitement" href="#contenu">Aller au contenu</a>
<header>
  <p class="marque">FranceConnect</p>
  <p class="simulateur">Simulateur local : les personnes et les données sont fictives</p>
</header>
<main id="contenu" tabindex="-1">
${contenu}
</main>
<footer><p>Simulateur de FranceConnect v2 pour le développement du Portail Famille. Aucune donnée réelle.</p></footer>
</body>
</html>`}`;
}
