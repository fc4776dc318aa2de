// Structured logs. Personal and fiscal fields are redacted by key wherever they appear (two levels deep), and
// error objects are reduced to name/message/stack: upstream bodies never reach the logs.
import pino from "pino";

/** Keys whose values never reach the logs. Add to this list rather than redacting at call sites. */
export const CLES_SENSIBLES = [
  "email",
  "emailContact",
  "telephone",
  "prenom",
  "prenoms",
  "nom",
  "nomNaissance",
  "nomUsage",
  "given_name",
  "family_name",
  "birthdate",
  "dateNaissance",
  "birthplace",
  "adresse",
  "adresse1",
  "adresse2",
  "adresseFiscale",
  "aft",
  "aftDetail",
  "spi",
  "numeroFiscal",
  "rfr",
  "revenuImposable",
  "nbParts",
  "nbPart",
  "sitFam",
  "pac",
  "declarants",
  "password",
  "motDePasse",
  "motDePasseHash",
  "token",
  "access_token",
  "id_token",
  "refresh_token",
  "idToken",
  "authorization",
  "Authorization",
  "cookie",
  "X-FranceConnect-OAuth",
  "x-franceconnect-oauth",
  "client_secret",
  "secret",
  "body",
  "corps",
];

const chemins = CLES_SENSIBLES.flatMap((c) => {
  const k = /^[A-Za-z_$][\w$]*$/.test(c) ? c : `["${c}"]`;
  const sep = k.startsWith("[") ? "" : ".";
  return [k, `*${sep}${k}`, `*.*${sep}${k}`];
});

export function creerLogger(niveau: pino.LevelWithSilent = "info", destination?: pino.DestinationStream) {
  return pino(
    {
      level: niveau,
      base: { service: "portail-famille" },
      redact: { paths: chemins, censor: "[masqué]" },
      serializers: {
        err: (e: unknown) => (e instanceof Error ? { type: e.name, message: e.message, stack: e.stack } : e),
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

export type Logger = pino.Logger;
