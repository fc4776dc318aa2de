// Small node:http helpers for the simulator's own routes (pages, checktoken); oidc-provider serves the others.
import type { IncomingMessage, ServerResponse } from "node:http";

const LIMITE_CORPS = 64 * 1024;

export class CorpsInvalide extends Error {}

/** Reads an `application/x-www-form-urlencoded` body (the only kind the simulator's own routes accept). */
export async function lireFormulaire(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded")
    throw new CorpsInvalide("corps attendu : application/x-www-form-urlencoded");
  const morceaux: Buffer[] = [];
  let taille = 0;
  for await (const m of req) {
    taille += (m as Buffer).length;
    if (taille > LIMITE_CORPS) throw new CorpsInvalide("corps trop volumineux");
    morceaux.push(m as Buffer);
  }
  return new URLSearchParams(Buffer.concat(morceaux).toString("utf8"));
}

const ENTETES_PAGE = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  // No script, no external resource: the pages need neither. No form-action: Chromium applies it to the redirect
  // that follows a form (towards the service provider), which may be any registered URI.
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

export function envoyerPage(res: ServerResponse, statut: number, contenu: string): void {
  res.writeHead(statut, ENTETES_PAGE);
  res.end(contenu);
}

export function envoyerJson(
  res: ServerResponse,
  statut: number,
  corps: unknown,
  entetes: Record<string, string> = {},
): void {
  res.writeHead(statut, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...entetes });
  res.end(JSON.stringify(corps));
}

export function rediriger(res: ServerResponse, url: string): void {
  res.writeHead(303, { Location: url, "Cache-Control": "no-store", "Content-Length": "0" });
  res.end();
}
