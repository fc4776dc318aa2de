import { env } from "@/lib/server/env";

/** A state-changing request must come from the portal's own pages (CSRF defence for plain route handlers). */
export function requeteDuPortail(req: Request): boolean {
  const origine = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  if (!origine) return site === "same-origin";
  return origine === new URL(env().PORTAIL_URL).origin;
}

/** A path inside the portal to go back to after signing in; anything else becomes the default. */
export function cheminDeRetour(valeur: unknown, defaut: string): string {
  return typeof valeur === "string" && /^\/(?!\/)[\w\-/?=&%.]*$/.test(valeur) ? valeur : defaut;
}
