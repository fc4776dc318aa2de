// `npm run admin:creer -- <email>`: the first admin of a new portal (or another one later). Reads the same
// configuration as `npm start` (.env, else .env.example; the process environment wins), applies the migrations,
// creates the account without any password and prints a single-use activation link. With the embedded database
// (no DATABASE_URL), stop the portal first: PGlite's data folder is opened by one process at a time.
import path from "node:path";

import { creerAdministrateur, DUREE_ACTIVATION_ADMIN_HEURES } from "../lib/comptes/administrateur.mutation";
import { ouvrirBase } from "../lib/server/database";
import { ErreurMetier } from "../lib/server/erreurs";
import { appliquerMigrations } from "../lib/server/migrations";
import { lireConfiguration } from "./lib/configuration";

const racine = path.resolve(import.meta.dirname, "..");
const email = process.argv[2];
if (!email || process.argv.length > 3) {
  console.error("Usage : npm run admin:creer -- <adresse électronique>");
  process.exit(2);
}

const config = lireConfiguration(racine, { avecExemple: true });

const base = await ouvrirBase(
  config.DATABASE_URL
    ? { genre: "postgresql", url: config.DATABASE_URL, poolMax: 2 }
    : { genre: "embarquee", dossier: path.resolve(racine, config.PGLITE_DIR) },
);
try {
  await appliquerMigrations(base, path.join(racine, "prisma/migrations"));
  const { lien } = await creerAdministrateur(base.prisma, email, config.PORTAIL_URL, new Date());
  console.log(
    `Compte administrateur créé pour ${email.trim().toLowerCase()}.\n` +
      `Pour choisir son mot de passe, ouvrez ce lien dans les ${DUREE_ACTIVATION_ADMIN_HEURES} heures (il ne sert qu'une fois) :\n${lien}`,
  );
} catch (e) {
  if (e instanceof ErreurMetier) {
    console.error(e.message);
    process.exitCode = 1;
  } else throw e;
} finally {
  await base.fermer();
}
