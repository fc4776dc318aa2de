// The simulator's users are the personas of the shared population (simulators/population). Their accountId is the
// persona id; what a service provider sees is a pairwise `sub`, one per client like FranceConnect (which derives
// it from the identité pivot and the client). Derived here without any stored salt, so that a portal's accounts
// survive a simulator restart or a new machine: `sha256(client_id, persona id)` + "v1", FranceConnect's format.
import { createHash, timingSafeEqual } from "node:crypto";

import type { Persona, Population } from "../population/schema";

export function subPairwise(clientId: string, personaId: string): string {
  return `${createHash("sha256").update(`portail-famille/simulateur-franceconnect\n${clientId}\n${personaId}`).digest("hex")}v1`;
}

/** Identity claims of a persona, FranceConnect names; `birthplace` only for people born in France. */
export function claimsIdentite(p: Persona): Record<string, string | string[]> {
  const i = p.identite;
  return {
    given_name: i.given_name,
    given_name_array: i.given_name.split(" ").filter(Boolean),
    family_name: i.family_name,
    birthdate: i.birthdate,
    gender: i.gender,
    birthcountry: i.birthcountry,
    email: i.email,
    ...(i.birthplace ? { birthplace: i.birthplace } : {}),
    ...(i.preferred_username ? { preferred_username: i.preferred_username } : {}),
  };
}

export function trouverPersona(population: Population, id: string): Persona | undefined {
  return population.personas.find((p) => p.id === id);
}

/** Compares two secrets without leaking their common prefix length through timing. */
export function egalEnTempsConstant(a: string, b: string): boolean {
  const x = createHash("sha256").update(a).digest();
  const y = createHash("sha256").update(b).digest();
  return timingSafeEqual(x, y);
}

/** Login + password form: the login is the persona's e-mail (case-insensitive), the password its `motDePasse`. */
export function authentifier(population: Population, identifiant: string, motDePasse: string): Persona | undefined {
  const p = population.personas.find((x) => x.identite.email.toLowerCase() === identifiant.trim().toLowerCase());
  return p && egalEnTempsConstant(p.motDePasse, motDePasse) ? p : undefined;
}
