// Where uploaded files live: outside the web root, under STORAGE_DIR/<foyerId>/<documentId>, named by ids only
// (never by the person's file name), readable by the portal's user alone. A write is atomic: the bytes go to a
// temporary file in the same folder, are flushed to disk, then renamed into place; on any error the temporary file
// is removed, so a reader sees the whole file or nothing.
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";

/** Port: the application only knows this interface (another backend, e.g. object storage, would implement it). */
export interface StockageDocuments {
  ecrire(foyerId: string, documentId: string, octets: Uint8Array): Promise<void>;
  lire(foyerId: string, documentId: string): Promise<Buffer | null>;
  /** Idempotent: a file already gone is not an error. */
  supprimer(foyerId: string, documentId: string): Promise<void>;
  /** Every stored file (and leftover temporary file) with its age, for the orphan sweep. */
  inventaire(): Promise<{ foyerId: string; nom: string; modifieLe: Date }[]>;
  /** Removes one entry found by `inventaire` (a stored file or a temporary one). */
  supprimerEntree(foyerId: string, nom: string): Promise<void>;
}

export const PREFIXE_TEMPORAIRE = ".depot-";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Ids come from the database, but a path is only ever built from something shaped like one (no `..`, no `/`). */
function verifierId(id: string): string {
  if (!UUID.test(id)) throw new Error("identifiant de stockage invalide");
  return id;
}

function verifierNom(nom: string): string {
  if (!UUID.test(nom) && !(nom.startsWith(PREFIXE_TEMPORAIRE) && /^[\w.-]+$/.test(nom)))
    throw new Error("nom de fichier de stockage invalide");
  return nom;
}

const absent = (e: unknown) => (e as NodeJS.ErrnoException).code === "ENOENT";

export function stockageSurDisque(racine: string): StockageDocuments {
  const dossierRacine = path.resolve(racine);
  const dossier = (foyerId: string) => path.join(dossierRacine, verifierId(foyerId));

  return {
    async ecrire(foyerId, documentId, octets) {
      const cible = path.join(dossier(foyerId), verifierId(documentId));
      await mkdir(dossier(foyerId), { recursive: true, mode: 0o700 });
      const temporaire = path.join(
        dossier(foyerId),
        `${PREFIXE_TEMPORAIRE}${documentId}-${randomBytes(6).toString("hex")}`,
      );
      try {
        // "wx": never overwrite; 0600: only the portal's user can read uploaded documents.
        const f = await open(temporaire, "wx", 0o600);
        try {
          await f.writeFile(octets);
          await f.sync();
        } finally {
          await f.close();
        }
        await rename(temporaire, cible);
      } catch (e) {
        await rm(temporaire, { force: true });
        throw e;
      }
      // Make the rename itself durable (the folder entry), where the platform allows it.
      const d = await open(dossier(foyerId), "r").catch(() => null);
      await d?.sync().catch(() => {});
      await d?.close();
    },

    async lire(foyerId, documentId) {
      try {
        return await readFile(path.join(dossier(foyerId), verifierId(documentId)));
      } catch (e) {
        if (absent(e)) return null;
        throw e;
      }
    },

    async supprimer(foyerId, documentId) {
      await unlink(path.join(dossier(foyerId), verifierId(documentId))).catch((e) => {
        if (!absent(e)) throw e;
      });
    },

    async inventaire() {
      const foyers = await readdir(dossierRacine).catch((e) => (absent(e) ? [] : Promise.reject(e)));
      const entrees: { foyerId: string; nom: string; modifieLe: Date }[] = [];
      for (const foyerId of foyers.filter((f) => UUID.test(f))) {
        for (const nom of await readdir(path.join(dossierRacine, foyerId)).catch(() => [])) {
          const s = await stat(path.join(dossierRacine, foyerId, nom)).catch(() => null);
          if (s?.isFile()) entrees.push({ foyerId, nom, modifieLe: s.mtime });
        }
      }
      return entrees;
    },

    async supprimerEntree(foyerId, nom) {
      await rm(path.join(dossier(foyerId), verifierNom(nom)), { force: true });
    },
  };
}
