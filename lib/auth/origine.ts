import type { Route } from "next";

import { env } from "@/lib/server/env";

/** A state-changing request must come from the portal's own pages (CSRF defence for plain route handlers). */
export function requeteDuPortail(req: Request): boolean {
  const origine = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  if (!origine) return site === "same-origin";
  return origine === new URL(env().PORTAIL_URL).origin;
}

/**
 * A path inside the portal to go back to after signing in; anything else becomes the default. The value comes from
 * the request: it is checked here, at run time, and only then declared a Route.
 */
export function cheminDeRetour(valeur: unknown, defaut: string): Route {
  return (typeof valeur === "string" && /^\/(?!\/)[\w\-/?=&%.]*$/.test(valeur) ? valeur : defaut) as Route;
}
