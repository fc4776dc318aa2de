import "server-only";

import nodemailer from "nodemailer";

import { corpsHtml } from "./domain/modeles";

interface Message {
  destinataire: string;
  sujet: string;
  corps: string;
}

/** What the outbox job needs from a mail relay. */
export interface Expediteur {
  envoyer(m: Message): Promise<void>;
  fermer(): void;
}

/** A nodemailer SMTP transport (SMTP_URL, SMTP_FROM): plain text plus its simple HTML rendering. */
export function expediteurSmtp(url: string, de: string): Expediteur {
  const transport = nodemailer.createTransport(url, { from: de });
  return {
    async envoyer(m) {
      await transport.sendMail({
        to: m.destinataire,
        subject: m.sujet,
        text: m.corps,
        html: corpsHtml(m.corps, m.sujet),
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
    fermer: () => transport.close(),
  };
}
