// A real SMTP server process for the tests (smtp-server, the server side of nodemailer's project), on a free port.
// Recipients whose address starts with "refuse" get a final 550; "occupe" a temporary 451 `refusTemporaires` times.
import type { AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";

interface CourrielRecu {
  de: string;
  a: string[];
  brut: string;
}

export interface ServeurSmtp {
  url: string;
  recus: CourrielRecu[];
  arreter(): Promise<void>;
}

export async function demarrerServeurSmtp(options: { refusTemporaires?: number } = {}): Promise<ServeurSmtp> {
  const recus: CourrielRecu[] = [];
  let temporairesRestants = options.refusTemporaires ?? 0;
  const serveur = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(adresse, _session, rappel) {
      if (adresse.address.startsWith("refuse")) {
        return rappel(Object.assign(new Error("Boîte inconnue"), { responseCode: 550 }));
      }
      if (adresse.address.startsWith("occupe") && temporairesRestants > 0) {
        temporairesRestants--;
        return rappel(Object.assign(new Error("Réessayez plus tard"), { responseCode: 451 }));
      }
      rappel();
    },
    onData(flux, session, rappel) {
      const morceaux: Buffer[] = [];
      flux.on("data", (m: Buffer) => morceaux.push(m));
      flux.on("end", () => {
        recus.push({
          de: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          a: session.envelope.rcptTo.map((r) => r.address),
          brut: Buffer.concat(morceaux).toString("utf8"),
        });
        rappel();
      });
    },
  });
  await new Promise<void>((ok) => serveur.listen(0, "127.0.0.1", ok));
  const { port } = serveur.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    recus,
    arreter: () => new Promise<void>((ok) => serveur.close(() => ok())),
  };
}
