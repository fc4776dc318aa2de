// The clamd client against a stand-in daemon that speaks clamd's INSTREAM protocol byte for byte (no signatures can
// be downloaded here): it reassembles the chunks and "detects" a marker, so the test proves the framing and the
// reading of each kind of answer.
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { antivirusClamd, antivirusDepuisConfiguration } from "./antivirus";

const MARQUEUR = Buffer.from("SIGNATURE-DE-TEST-PORTAIL");

function fauxClamd(reponse?: (recu: Buffer) => string | null): { adresse: string; serveur: Server; recus: Buffer[] } {
  const socket = path.join(mkdtempSync(path.join(tmpdir(), "clamd-")), "clamd.sock");
  const recus: Buffer[] = [];
  const serveur = createServer((c) => {
    let tampon = Buffer.alloc(0);
    c.on("data", (d) => {
      tampon = Buffer.concat([tampon, d]);
      const commande = "zINSTREAM\0";
      if (tampon.length < commande.length) return;
      if (tampon.subarray(0, commande.length).toString() !== commande) return void c.end("UNKNOWN COMMAND\0");
      const morceaux: Buffer[] = [];
      let i = commande.length;
      while (i + 4 <= tampon.length) {
        const n = tampon.readUInt32BE(i);
        if (n === 0) {
          const fichier = Buffer.concat(morceaux);
          recus.push(fichier);
          const r = reponse
            ? reponse(fichier)
            : fichier.includes(MARQUEUR)
              ? "stream: Portail.Test.Marqueur FOUND"
              : "stream: OK";
          if (r !== null) c.end(`${r}\0`);
          return;
        }
        if (i + 4 + n > tampon.length) return;
        morceaux.push(tampon.subarray(i + 4, i + 4 + n));
        i += 4 + n;
      }
    });
  });
  serveur.listen(socket);
  return { adresse: `unix:${socket}`, serveur, recus };
}

let serveurs: Server[] = [];
afterEach(() => {
  for (const s of serveurs) s.close();
  serveurs = [];
});

describe("analyse antivirus par clamd (INSTREAM)", () => {
  it("transmet le fichier entier par morceaux et lit « OK »", async () => {
    const f = fauxClamd();
    serveurs.push(f.serveur);
    const gros = Buffer.alloc(200_000, 7); // plusieurs morceaux de 64 Kio
    expect(await antivirusClamd(f.adresse).analyser(gros)).toEqual({ sain: true });
    expect(f.recus[0]!.equals(gros)).toBe(true);
  });

  it("rapporte la signature trouvée", async () => {
    const f = fauxClamd();
    serveurs.push(f.serveur);
    expect(await antivirusClamd(f.adresse).analyser(Buffer.concat([Buffer.from("%PDF-1.7 "), MARQUEUR]))).toEqual({
      sain: false,
      signature: "Portail.Test.Marqueur",
    });
  });

  it("une erreur du démon n'est pas un verdict : indisponible", async () => {
    const f = fauxClamd(() => "INSTREAM size limit exceeded. ERROR");
    serveurs.push(f.serveur);
    expect(await antivirusClamd(f.adresse).analyser(Buffer.from("x"))).toEqual({ indisponible: true });
  });

  it("un démon injoignable ou muet rend « indisponible » (le dépôt sera refusé, jamais accepté sans analyse)", async () => {
    expect(await antivirusClamd("unix:/nulle/part/clamd.sock").analyser(Buffer.from("x"))).toEqual({
      indisponible: true,
    });
    const muet = fauxClamd(() => null);
    serveurs.push(muet.serveur);
    expect(await antivirusClamd(muet.adresse, 200).analyser(Buffer.from("x"))).toEqual({ indisponible: true });
  });

  it("sans CLAMD_ADRESSE (démo) ou par renoncement explicite, aucun analyseur n'est branché ; avec, c'est clamd", () => {
    expect(antivirusDepuisConfiguration({}).nom).toBe("aucun");
    expect(antivirusDepuisConfiguration({ CLAMD_ADRESSE: "aucun-antivirus-accepte" }).nom).toBe("aucun");
    expect(antivirusDepuisConfiguration({ CLAMD_ADRESSE: "tcp://127.0.0.1:3310" }).nom).toBe("clamd");
  });
});
