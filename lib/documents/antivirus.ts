// Virus scanning as a port. The portal's own checks (real format, structure, no active content) run on every
// upload; a signature scanner, ClamAV's daemon reached over a socket (CLAMD_ADRESSE), is required outside demo mode.
// When one is configured, the scan is mandatory: a daemon that cannot be reached refuses the upload (fail closed).
import { createConnection, Socket } from "node:net";

import { SANS_ANTIVIRUS_ACCEPTE } from "@/lib/server/env";

/** @public Part of the Antivirus port: another scanner implementation returns it. */
export type VerdictAntivirus = { sain: true } | { sain: false; signature: string } | { indisponible: true };

export interface Antivirus {
  /** "aucun" when no scanner is configured (the structure checks still apply). */
  readonly nom: string;
  analyser(octets: Uint8Array): Promise<VerdictAntivirus>;
}

const sansAntivirus: Antivirus = { nom: "aucun", analyser: async () => ({ sain: true }) };

const TAILLE_MORCEAU = 64 * 1024;

/**
 * clamd's INSTREAM command (clamd(8)): `zINSTREAM\0`, then chunks each prefixed with their length (4 bytes, big
 * endian), then a zero length. The answer is `stream: OK` or `stream: <signature> FOUND`.
 */
export function antivirusClamd(adresse: string, delaiMs = 30_000): Antivirus {
  const connecter = (): Socket => {
    if (adresse.startsWith("unix:")) return createConnection({ path: adresse.slice("unix:".length) });
    const u = new URL(adresse);
    return createConnection({ host: u.hostname, port: Number(u.port) });
  };
  return {
    nom: "clamd",
    analyser(octets) {
      return new Promise<VerdictAntivirus>((resoudre) => {
        const s = connecter();
        const recu: Buffer[] = [];
        let fini = false;
        const finir = (v: VerdictAntivirus) => {
          if (fini) return;
          fini = true;
          s.destroy();
          resoudre(v);
        };
        s.setTimeout(delaiMs, () => finir({ indisponible: true }));
        s.on("error", () => finir({ indisponible: true }));
        // clamd ends its answer with NUL (z-commands) and closes the connection: either settles the verdict.
        const conclure = () => {
          const reponse = Buffer.concat(recu).toString("utf8").replace(/\0/g, "").trim();
          const trouve = /^stream: (.+) FOUND$/.exec(reponse);
          if (reponse === "stream: OK") finir({ sain: true });
          else if (trouve) finir({ sain: false, signature: trouve[1]! });
          else finir({ indisponible: true }); // "… ERROR" (size limit, daemon trouble): not a verdict
        };
        s.on("data", (d) => {
          recu.push(d);
          if (d.includes(0)) conclure();
        });
        s.on("end", conclure);
        s.on("connect", () => {
          s.write("zINSTREAM\0");
          for (let i = 0; i < octets.length; i += TAILLE_MORCEAU) {
            const morceau = octets.subarray(i, i + TAILLE_MORCEAU);
            const longueur = Buffer.alloc(4);
            longueur.writeUInt32BE(morceau.length);
            s.write(longueur);
            s.write(morceau);
          }
          s.write(Buffer.alloc(4));
        });
      });
    },
  };
}

/** No scanner in demo mode (CLAMD_ADRESSE empty) or when waived with `aucun-antivirus-accepte` (lib/server/env.ts). */
export function antivirusDepuisConfiguration(config: { CLAMD_ADRESSE?: string }): Antivirus {
  return config.CLAMD_ADRESSE && config.CLAMD_ADRESSE !== SANS_ANTIVIRUS_ACCEPTE
    ? antivirusClamd(config.CLAMD_ADRESSE)
    : sansAntivirus;
}
