// Expected errors of the admin data layer: a stable code, a French message fit for the person, and optionally
// the field at fault (and field-level problems) so that a form can show it next to the field. Anything else is
// a bug and must not reach people (see STYLE.md habit 6).
import { Prisma } from "@/lib/generated/prisma/client";

export interface ProblemeChamp {
  chemin: (string | number)[];
  message: string;
}

export class ErreurMetier extends Error {
  override readonly name = "ErreurMetier";
  constructor(
    readonly code: string,
    message: string,
    readonly champ?: string,
    readonly problemes: ProblemeChamp[] = [],
  ) {
    super(message);
  }
}

/** True for a unique-constraint violation (Prisma P2002), on both database adapters. */
export function estConflitUnicite(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/** True when a row to update or delete was not found (Prisma P2025). */
export function estIntrouvable(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025";
}
