// The one place that reads process.env. Validated once; a bad deployment fails at start with the variable named.
import { z } from "zod";

import { lireProxysDeConfiance } from "../securite/domain/adresse-client";

const booleen = z
  .enum(["true", "false", "1", "0", "oui", "non"])
  .transform((v) => v === "true" || v === "1" || v === "oui");

const entier = (defaut: number, min = 1, max = 1_000_000) => z.coerce.number().int().min(min).max(max).default(defaut);

const url = z.url({ protocol: /^https?$/, error: "doit être une URL http(s)" });

/** Secrets of the committed .env.example all start with this prefix; they are refused outside demo mode. */
const PREFIXE_SECRET_DEMO = "demo-";

/** The value of CLAMD_ADRESSE that runs a non-demo portal without a virus scanner, knowingly. */
export const SANS_ANTIVIRUS_ACCEPTE = "aucun-antivirus-accepte";

const schema = z
  .object({
    PORTAIL_DEMO: booleen.default(false),
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: entier(3000, 1, 65535),
    PORTAIL_URL: url.optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "doit commencer par postgresql://")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    DATABASE_POOL_MAX: entier(10, 1, 200),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    STORAGE_DIR: z.string().min(1).default(".data/documents"),
    /** Uploaded documents: size limit in MiB. At most 11: next.config.ts caps a server action's body at 12 MB. */
    DOCUMENTS_TAILLE_MAX_MO: entier(10, 1, 11),
    /** Uploaded documents are kept this many days at most (less once their dossier is closed). */
    DOCUMENTS_CONSERVATION_JOURS: entier(365, 1, 3650),
    /** Numéro fiscal (SPI-mode) lookups one family account may make over 24 hours. */
    SPI_CONSULTATIONS_PAR_JOUR: entier(5, 1, 100),
    /** What one family account may claim: children declared, and enrolments per child over a school year. */
    ENFANTS_PAR_FOYER_MAX: entier(8, 1, 50),
    INSCRIPTIONS_PAR_ENFANT_MAX: entier(6, 1, 50),
    /**
     * ClamAV daemon (`unix:/run/clamav/clamd.ctl` or `tcp://127.0.0.1:3310`) scanning every upload: required outside
     * demo mode, unless waived in so many words with `aucun-antivirus-accepte`.
     */
    CLAMD_ADRESSE: z
      .string()
      .regex(
        new RegExp(`^(unix:/.+|tcp://[^\\s:/]+:\\d{1,5}|${SANS_ANTIVIRUS_ACCEPTE})$`),
        `doit être unix:/chemin/du/socket, tcp://hote:port ou ${SANS_ANTIVIRUS_ACCEPTE}`,
      )
      .optional()
      .or(z.literal("").transform(() => undefined)),
    JOBS_ENABLED: booleen.default(true),
    /** Mail relay (`smtp://user:pass@host:587` or `smtps://…:465`): required outside demo mode. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "doit être une URL smtp:// ou smtps://")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Sender of every e-mail (`Portail Famille <ne-pas-repondre@commune.fr>` or a bare address). */
    SMTP_FROM: z
      .string()
      .regex(/^([^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "doit être une adresse : Nom <adresse@domaine>")
      .optional()
      .or(z.literal("").transform(() => undefined)),

    /**
     * Reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For and X-Forwarded-Proto are
     * believed; empty: both headers are ignored and the TCP peer is the client.
     */
    PROXYS_DE_CONFIANCE: z
      .string()
      .default("")
      .superRefine((v, ctx) => {
        try {
          lireProxysDeConfiance(v);
        } catch (e) {
          ctx.addIssue({ code: "custom", message: (e as Error).message });
        }
      }),

    AUTH_SECRET: z.string().min(32, "doit faire au moins 32 caractères"),
    SESSION_IDLE_MINUTES: entier(30, 1, 24 * 60),
    SESSION_MAX_HOURS: entier(12, 1, 24 * 30),

    FRANCECONNECT_ISSUER: url,
    FRANCECONNECT_CLIENT_ID: z.string().min(1),
    FRANCECONNECT_CLIENT_SECRET: z.string().min(16, "doit faire au moins 16 caractères"),

    // ProConnect (agents' single sign-on): optional, all three or none.
    PROCONNECT_ISSUER: url.optional().or(z.literal("").transform(() => undefined)),
    PROCONNECT_CLIENT_ID: z
      .string()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    PROCONNECT_CLIENT_SECRET: z
      .string()
      .optional()
      .or(z.literal("").transform(() => undefined)),

    /**
     * ProConnect `acr` values that prove a second factor, space-separated: asked as essential through `claims`, and an
     * ID token with any other value is refused.
     */
    PROCONNECT_ACR: z
      .string()
      .regex(/^\s*\S+(\s+\S+)*\s*$/, "valeurs acr séparées par des espaces")
      .default(
        "eidas1-mfa eidas2 eidas3 https://proconnect.gouv.fr/assurance/self-asserted-2fa https://proconnect.gouv.fr/assurance/consistency-checked-2fa",
      )
      .transform((v) => v.trim().split(/\s+/)),

    DGFIP_API_URL: url,
    DGFIP_TOKEN_URL: url,
    DGFIP_CLIENT_ID: z.string().min(1),
    DGFIP_CLIENT_SECRET: z.string().min(16, "doit faire au moins 16 caractères"),
    DGFIP_ID_TELESERVICE: z.string().min(1),
    /** Gateway scopes of the habilitation, space-separated. */
    DGFIP_SCOPES: z
      .string()
      .regex(/^\s*[A-Za-z0-9]+(\s+[A-Za-z0-9]+)*\s*$/, "scopes séparés par des espaces")
      .default("RessourceIR RessourceIRMultiple"),
    /** Ask the `multiple` resource (needs RessourceIRMultiple): several situations in the year are then seen, not guessed. */
    DGFIP_RESSOURCE_MULTIPLE: booleen.default(true),
    DGFIP_DELAI_MS: entier(5_000, 100, 60_000),
    DGFIP_TENTATIVES_MAX: entier(3, 1, 10),
    DGFIP_ATTENTE_QUOTA_MAX_MS: entier(2_000, 0, 60_000),

    /** API Particulier v3 (quotient familial CAF/MSA) : racine de l'API, sans `/v3`. */
    API_PARTICULIER_URL: url,
    /** Jeton de la collectivité (modalité identité) ; la modalité FranceConnect utilise le jeton de la famille. */
    API_PARTICULIER_TOKEN: z.string().min(16, "doit faire au moins 16 caractères"),
  })
  .refine(
    (e) => [e.PROCONNECT_ISSUER, e.PROCONNECT_CLIENT_ID, e.PROCONNECT_CLIENT_SECRET].filter(Boolean).length % 3 === 0,
    {
      message:
        "PROCONNECT_ISSUER, PROCONNECT_CLIENT_ID et PROCONNECT_CLIENT_SECRET vont ensemble : renseignez les trois ou aucun",
      path: ["PROCONNECT_ISSUER"],
    },
  )
  .refine((e) => e.PORTAIL_DEMO || e.SMTP_URL, {
    message: "obligatoire hors mode démo (PORTAIL_DEMO=false) : les courriels doivent partir",
    path: ["SMTP_URL"],
  })
  .refine((e) => e.JOBS_ENABLED || e.DATABASE_URL, {
    message:
      "false n'est possible qu'avec DATABASE_URL (les travaux tournent alors dans `npm run worker`) ; en mode embarqué, ils tournent dans l'application",
    path: ["JOBS_ENABLED"],
  })
  .refine((e) => e.PORTAIL_DEMO || e.CLAMD_ADRESSE, {
    message: `obligatoire hors mode démo (PORTAIL_DEMO=false) : chaque pièce déposée doit passer par l'antivirus ; pour s'en passer sciemment, CLAMD_ADRESSE=${SANS_ANTIVIRUS_ACCEPTE}`,
    path: ["CLAMD_ADRESSE"],
  })
  .refine((e) => !e.SMTP_URL || e.SMTP_FROM, {
    message: "obligatoire quand SMTP_URL est renseignée",
    path: ["SMTP_FROM"],
  })
  .transform((e) => ({ ...e, PORTAIL_URL: e.PORTAIL_URL ?? `http://localhost:${e.PORT}` }));

export type Env = z.infer<typeof schema>;

const SECRETS = [
  "AUTH_SECRET",
  "FRANCECONNECT_CLIENT_SECRET",
  "DGFIP_CLIENT_SECRET",
  "PROCONNECT_CLIENT_SECRET",
  "API_PARTICULIER_TOKEN",
] as const;

/** Every service the portal calls: in demo mode, each must be on this machine (its simulator). */
const AMONTS = [
  "FRANCECONNECT_ISSUER",
  "PROCONNECT_ISSUER",
  "DGFIP_API_URL",
  "DGFIP_TOKEN_URL",
  "API_PARTICULIER_URL",
  "SMTP_URL",
  "CLAMD_ADRESSE",
] as const;

/** True for a unix socket or a URL whose host is localhost, 127.0.0.0/8 or ::1. */
function surLaBoucleLocale(adresse: string): boolean {
  if (adresse.startsWith("unix:")) return true;
  let hote: string;
  try {
    hote = new URL(adresse).hostname.toLowerCase();
  } catch {
    return false;
  }
  return hote === "localhost" || hote === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hote);
}

export class ConfigurationInvalide extends Error {
  constructor(readonly problemes: string[]) {
    super(`Configuration invalide :\n${problemes.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigurationInvalide";
  }
}

/** Validates a raw environment. Exported for tests and scripts; the app uses `env()`. */
export function lireEnv(brut: Record<string, string | undefined>): Env {
  const r = schema.safeParse(brut);
  if (!r.success) {
    throw new ConfigurationInvalide(
      r.error.issues.map(
        (i) =>
          `${i.path.join(".") || "(racine)"} : ${i.code === "invalid_type" && i.input === undefined ? "obligatoire" : i.message}`,
      ),
    );
  }
  if (!r.data.PORTAIL_DEMO) {
    const demo = SECRETS.filter((nom) => r.data[nom]?.startsWith(PREFIXE_SECRET_DEMO));
    if (demo.length > 0) {
      throw new ConfigurationInvalide(
        demo.map((nom) => `${nom} : valeur de démonstration refusée hors mode démo (PORTAIL_DEMO=false)`),
      );
    }
  } else {
    // Demo mode fails closed: its accounts and passwords are public, so it talks to this machine only, with secrets
    // that cannot be real ones.
    const problemes = [
      ...AMONTS.filter((nom) => {
        const v = r.data[nom];
        return v !== undefined && !surLaBoucleLocale(v);
      }).map((nom) => `${nom} : adresse hors de la machine locale refusée en mode démo (PORTAIL_DEMO=true)`),
      ...SECRETS.filter((nom) => {
        const v = r.data[nom];
        return v !== undefined && !v.startsWith(PREFIXE_SECRET_DEMO);
      }).map(
        (nom) =>
          `${nom} : secret réel refusé en mode démo (PORTAIL_DEMO=true) ; utilisez une valeur commençant par « ${PREFIXE_SECRET_DEMO} »`,
      ),
    ];
    if (problemes.length > 0) throw new ConfigurationInvalide(problemes);
  }
  return r.data;
}

let cache: Env | undefined;

export function env(): Env {
  cache ??= lireEnv(process.env);
  return cache;
}
