// The one place where an outgoing e-mail's bodies take shape: the plain text stored in the outbox, and the simple
// HTML derived from it at sending time. Bodies carry a link and nothing personal (see the callers).

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

/** Delay before attempt n+1 (n attempts made): 1, 2, 4, 8… minutes, capped at 6 hours. */
export function delaiAvantNouvelEssaiMs(tentativesFaites: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, tentativesFaites - 1), 6 * 3600_000);
}

/** SMTP replies 5xx are final (unknown mailbox, refused sender…); 4xx and network failures are worth retrying. */
export function echecDefinitif(codeReponse: number | undefined): boolean {
  return codeReponse !== undefined && codeReponse >= 500 && codeReponse < 600;
}
