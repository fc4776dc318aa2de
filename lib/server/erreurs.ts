// Expected errors: a stable code, a French message fit for the person, and optionally the field at fault (and
// field-level problems) so that a form can show them next to the fields. Anything else is logged with a
// reference and the person sees a generic message with that reference (never the error's own text).
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
