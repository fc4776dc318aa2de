-- CreateEnum
CREATE TYPE "Role" AS ENUM ('citoyen', 'agent', 'admin');

-- CreateEnum
CREATE TYPE "FournisseurIdentite" AS ENUM ('franceconnect', 'proconnect', 'local');

-- CreateEnum
CREATE TYPE "TypeJeton" AS ENUM ('verification_email', 'reinitialisation_mot_de_passe', 'invitation_second_parent');

-- CreateEnum
CREATE TYPE "PolitiqueAnneeFiscale" AS ENUM ('n_moins_1', 'n_moins_2', 'n_moins_3', 'n_moins_1_sinon_n_moins_2');

-- CreateEnum
CREATE TYPE "RessourceDgfip" AS ENUM ('ir_assiettes', 'ir_factures');

-- CreateEnum
CREATE TYPE "TypeActivite" AS ENUM ('cantine', 'accueil_matin', 'accueil_soir', 'mercredi', 'vacances', 'autre');

-- CreateEnum
CREATE TYPE "UniteVente" AS ENUM ('repas', 'demi_heure', 'heure', 'demi_journee', 'journee', 'mois');

-- CreateEnum
CREATE TYPE "StatutVersionGrille" AS ENUM ('brouillon', 'publiee', 'archivee');

-- CreateEnum
CREATE TYPE "StatutConsentement" AS ENUM ('accorde', 'refuse', 'retire');

-- CreateEnum
CREATE TYPE "SourceFiscale" AS ENUM ('dgfip_franceconnect', 'dgfip_spi', 'saisie_agent');

-- CreateEnum
CREATE TYPE "Fournisseur" AS ENUM ('dgfip', 'franceconnect', 'api_particulier');

-- CreateEnum
CREATE TYPE "IssueAppel" AS ENUM ('succes', 'annee_indisponible', 'spi_inconnu', 'requete_invalide', 'acces_refuse', 'quota', 'echec_amont', 'jeton_invalide');

-- CreateEnum
CREATE TYPE "StatutDemande" AS ENUM ('brouillon', 'soumise', 'validee', 'a_instruire', 'refusee');

-- CreateEnum
CREATE TYPE "StatutInscription" AS ENUM ('brouillon', 'en_attente', 'validee', 'liste_attente', 'refusee', 'annulee');

-- CreateEnum
CREATE TYPE "Frequence" AS ENUM ('reguliere', 'occasionnelle');

-- CreateEnum
CREATE TYPE "RaisonDossier" AS ENUM ('echec_api', 'annee_indisponible', 'non_declarant', 'situations_multiples', 'deux_foyers', 'adresse_hors_territoire', 'adresse_ambigue', 'identite_divergente', 'contestation', 'document_depose', 'consentement_refuse', 'spi_inconnu', 'habilitation_refusee', 'autorisation_a_renouveler');

-- CreateEnum
CREATE TYPE "StatutDossier" AS ENUM ('a_traiter', 'en_cours', 'attente_famille', 'valide', 'rejete');

-- CreateEnum
CREATE TYPE "TypeDecision" AS ENUM ('validation', 'rejet', 'demande_piece', 'saisie_fiscale', 'relance_api');

-- CreateEnum
CREATE TYPE "TypeDocument" AS ENUM ('avis_imposition', 'attestation_caf', 'autre');

-- CreateTable
CREATE TABLE "compte" (
    "id" UUID NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'citoyen',
    "franceconnect_sub" TEXT,
    "proconnect_sub" TEXT,
    "email" TEXT,
    "email_verifie_le" TIMESTAMP(3),
    "mot_de_passe_hash" TEXT,
    "echecs_connexion" INTEGER NOT NULL DEFAULT 0,
    "verrouille_jusqu_a" TIMESTAMP(3),
    "prenoms" TEXT,
    "nom_naissance" TEXT,
    "nom_usage" TEXT,
    "date_naissance" TEXT,
    "sexe" TEXT,
    "lieu_naissance" TEXT,
    "pays_naissance" TEXT,
    "identite_certifiee" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "derniere_connexion_le" TIMESTAMP(3),
    "ferme_le" TIMESTAMP(3),

    CONSTRAINT "compte_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "compte_id" UUID NOT NULL,
    "fournisseur" "FournisseurIdentite" NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "derniere_activite_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expire_le" TIMESTAMP(3) NOT NULL,
    "id_token" TEXT,
    "revoquee_le" TIMESTAMP(3),

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jeton_compte" (
    "id" UUID NOT NULL,
    "type" "TypeJeton" NOT NULL,
    "empreinte" TEXT NOT NULL,
    "compte_id" UUID,
    "foyer_id" UUID,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expire_le" TIMESTAMP(3) NOT NULL,
    "utilise_le" TIMESTAMP(3),

    CONSTRAINT "jeton_compte_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courriel_sortant" (
    "id" UUID NOT NULL,
    "destinataire" TEXT NOT NULL,
    "sujet" TEXT NOT NULL,
    "corps" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "envoye_le" TIMESTAMP(3),

    CONSTRAINT "courriel_sortant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collectivite" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "nom" TEXT NOT NULL,
    "siret" TEXT,
    "politique_annee_fiscale" "PolitiqueAnneeFiscale" NOT NULL DEFAULT 'n_moins_1_sinon_n_moins_2',
    "conservation_fiscale_jours" INTEGER NOT NULL DEFAULT 400,
    "quota_dgfip_par_minute" INTEGER NOT NULL DEFAULT 60,
    "mis_a_jour_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "collectivite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commune" (
    "code_insee" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "codes_postaux" TEXT[],

    CONSTRAINT "commune_pkey" PRIMARY KEY ("code_insee")
);

-- CreateTable
CREATE TABLE "calendrier_taxation" (
    "id" UUID NOT NULL,
    "ressource" "RessourceDgfip" NOT NULL DEFAULT 'ir_assiettes',
    "annee_revenus" INTEGER NOT NULL,
    "date_taxation" DATE NOT NULL,

    CONSTRAINT "calendrier_taxation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annee_scolaire" (
    "id" UUID NOT NULL,
    "libelle" TEXT NOT NULL,
    "debut" DATE NOT NULL,
    "fin" DATE NOT NULL,

    CONSTRAINT "annee_scolaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ecole" (
    "id" UUID NOT NULL,
    "nom" TEXT NOT NULL,
    "commune_code_insee" TEXT NOT NULL,
    "adresse" TEXT,

    CONSTRAINT "ecole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activite" (
    "id" UUID NOT NULL,
    "annee_scolaire_id" UUID NOT NULL,
    "ecole_id" UUID,
    "type" "TypeActivite" NOT NULL,
    "nom" TEXT NOT NULL,
    "description" TEXT,
    "jours" INTEGER[],
    "unite_vente" "UniteVente" NOT NULL,
    "capacite" INTEGER NOT NULL,
    "places_reservees" INTEGER NOT NULL DEFAULT 0,
    "ouverture_inscriptions" TIMESTAMP(3),
    "fermeture_inscriptions" TIMESTAMP(3),
    "archivee_le" TIMESTAMP(3),

    CONSTRAINT "activite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grille_tarifaire" (
    "id" UUID NOT NULL,
    "activite_id" UUID NOT NULL,
    "annee_scolaire_id" UUID NOT NULL,
    "nom" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grille_tarifaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "version_grille" (
    "id" UUID NOT NULL,
    "grille_id" UUID NOT NULL,
    "numero" INTEGER NOT NULL,
    "statut" "StatutVersionGrille" NOT NULL DEFAULT 'brouillon',
    "definition" JSONB NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cree_par_id" UUID,
    "publiee_le" TIMESTAMP(3),

    CONSTRAINT "version_grille_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "foyer" (
    "id" UUID NOT NULL,
    "adresse_1" TEXT,
    "adresse_2" TEXT,
    "code_postal" TEXT,
    "commune" TEXT,
    "telephone" TEXT,
    "email_contact" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "foyer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "responsable_legal" (
    "id" UUID NOT NULL,
    "foyer_id" UUID NOT NULL,
    "compte_id" UUID,
    "rang" INTEGER NOT NULL,
    "prenoms" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "date_naissance" TEXT,
    "email" TEXT,
    "telephone" TEXT,
    "foyer_fiscal_distinct" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "responsable_legal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enfant" (
    "id" UUID NOT NULL,
    "foyer_id" UUID NOT NULL,
    "prenom" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "date_naissance" DATE NOT NULL,
    "ecole_id" UUID,
    "niveau" TEXT,
    "pai" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retire_le" TIMESTAMP(3),

    CONSTRAINT "enfant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consentement" (
    "id" UUID NOT NULL,
    "foyer_id" UUID NOT NULL,
    "compte_id" UUID NOT NULL,
    "statut" "StatutConsentement" NOT NULL,
    "donnees" TEXT[],
    "fournisseur" TEXT NOT NULL DEFAULT 'DGFiP',
    "finalite" TEXT NOT NULL,
    "annee_revenus" INTEGER,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retire_le" TIMESTAMP(3),

    CONSTRAINT "consentement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instantane_fiscal" (
    "id" UUID NOT NULL,
    "foyer_id" UUID NOT NULL,
    "responsable_id" UUID,
    "consentement_id" UUID,
    "source" "SourceFiscale" NOT NULL,
    "annee_revenus" INTEGER NOT NULL,
    "recupere_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correlation_id" TEXT,
    "rfr" INTEGER,
    "revenu_imposable" INTEGER,
    "nb_parts" DECIMAL(5,2),
    "situation_famille" TEXT,
    "nb_personnes_charge" INTEGER,
    "parent_isole" BOOLEAN,
    "adresse_fiscale" TEXT,
    "adresse_voie" TEXT,
    "adresse_complement" TEXT,
    "adresse_code_postal" TEXT,
    "adresse_commune" TEXT,
    "declarants" JSONB,
    "situations_multiples" BOOLEAN NOT NULL DEFAULT false,
    "justification" TEXT,
    "document_id" UUID,
    "saisi_par_id" UUID,
    "expire_le" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "instantane_fiscal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appel_amont" (
    "id" UUID NOT NULL,
    "fournisseur" "Fournisseur" NOT NULL,
    "ressource" TEXT NOT NULL,
    "mode" TEXT,
    "annee_revenus" INTEGER,
    "statut_http" INTEGER,
    "code_erreur" TEXT,
    "duree_ms" INTEGER NOT NULL,
    "correlation_id" TEXT NOT NULL,
    "issue" "IssueAppel" NOT NULL,
    "tentative" INTEGER NOT NULL DEFAULT 1,
    "foyer_id" UUID,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appel_amont_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "compteur_quota" (
    "cle" TEXT NOT NULL,
    "fenetre" TIMESTAMP(3) NOT NULL,
    "compteur" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "compteur_quota_pkey" PRIMARY KEY ("cle","fenetre")
);

-- CreateTable
CREATE TABLE "demande" (
    "id" UUID NOT NULL,
    "foyer_id" UUID NOT NULL,
    "annee_scolaire_id" UUID NOT NULL,
    "statut" "StatutDemande" NOT NULL DEFAULT 'brouillon',
    "cle_idempotence" TEXT NOT NULL,
    "sans_tarification" BOOLEAN NOT NULL DEFAULT false,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "soumise_le" TIMESTAMP(3),

    CONSTRAINT "demande_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inscription" (
    "id" UUID NOT NULL,
    "demande_id" UUID,
    "enfant_id" UUID NOT NULL,
    "activite_id" UUID NOT NULL,
    "statut" "StatutInscription" NOT NULL DEFAULT 'brouillon',
    "frequence" "Frequence" NOT NULL DEFAULT 'reguliere',
    "place_reservee" BOOLEAN NOT NULL DEFAULT false,
    "rang_liste_attente" INTEGER,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "maj_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tarif" (
    "id" UUID NOT NULL,
    "inscription_id" UUID NOT NULL,
    "version_grille_id" UUID NOT NULL,
    "montant_centimes" INTEGER NOT NULL,
    "unite_vente" "UniteVente" NOT NULL,
    "explication" JSONB NOT NULL,
    "fixe_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "remplace_le" TIMESTAMP(3),

    CONSTRAINT "tarif_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier" (
    "id" UUID NOT NULL,
    "foyer_id" UUID NOT NULL,
    "demande_id" UUID,
    "statut" "StatutDossier" NOT NULL DEFAULT 'a_traiter',
    "raisons" "RaisonDossier"[],
    "agent_id" UUID,
    "attendu_famille" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "maj_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clos_le" TIMESTAMP(3),

    CONSTRAINT "dossier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision" (
    "id" UUID NOT NULL,
    "dossier_id" UUID NOT NULL,
    "agent_id" UUID NOT NULL,
    "type" "TypeDecision" NOT NULL,
    "motif" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document" (
    "id" UUID NOT NULL,
    "foyer_id" UUID NOT NULL,
    "dossier_id" UUID,
    "type" "TypeDocument" NOT NULL,
    "nom_fichier" TEXT NOT NULL,
    "type_mime" TEXT NOT NULL,
    "taille" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "depose_par_id" UUID NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expire_le" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message" (
    "id" UUID NOT NULL,
    "foyer_id" UUID NOT NULL,
    "dossier_id" UUID,
    "auteur_id" UUID NOT NULL,
    "de_l_agent" BOOLEAN NOT NULL,
    "corps" TEXT NOT NULL,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lu_le" TIMESTAMP(3),

    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "journal_audit" (
    "id" UUID NOT NULL,
    "acteur_id" UUID,
    "acteur_role" "Role",
    "action" TEXT NOT NULL,
    "cible_type" TEXT,
    "cible_id" TEXT,
    "details" JSONB,
    "correlation_id" TEXT,
    "cree_le" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "journal_audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "compte_franceconnect_sub_key" ON "compte"("franceconnect_sub");

-- CreateIndex
CREATE UNIQUE INDEX "compte_proconnect_sub_key" ON "compte"("proconnect_sub");

-- CreateIndex
CREATE UNIQUE INDEX "compte_email_key" ON "compte"("email");

-- CreateIndex
CREATE INDEX "session_compte_id_idx" ON "session"("compte_id");

-- CreateIndex
CREATE INDEX "session_expire_le_idx" ON "session"("expire_le");

-- CreateIndex
CREATE UNIQUE INDEX "jeton_compte_empreinte_key" ON "jeton_compte"("empreinte");

-- CreateIndex
CREATE INDEX "courriel_sortant_cree_le_idx" ON "courriel_sortant"("cree_le");

-- CreateIndex
CREATE UNIQUE INDEX "calendrier_taxation_ressource_annee_revenus_key" ON "calendrier_taxation"("ressource", "annee_revenus");

-- CreateIndex
CREATE UNIQUE INDEX "annee_scolaire_libelle_key" ON "annee_scolaire"("libelle");

-- CreateIndex
CREATE INDEX "activite_annee_scolaire_id_ecole_id_idx" ON "activite"("annee_scolaire_id", "ecole_id");

-- CreateIndex
CREATE UNIQUE INDEX "grille_tarifaire_activite_id_annee_scolaire_id_key" ON "grille_tarifaire"("activite_id", "annee_scolaire_id");

-- CreateIndex
CREATE UNIQUE INDEX "version_grille_grille_id_numero_key" ON "version_grille"("grille_id", "numero");

-- CreateIndex
CREATE UNIQUE INDEX "responsable_legal_foyer_id_rang_key" ON "responsable_legal"("foyer_id", "rang");

-- CreateIndex
CREATE INDEX "enfant_foyer_id_idx" ON "enfant"("foyer_id");

-- CreateIndex
CREATE INDEX "consentement_foyer_id_idx" ON "consentement"("foyer_id");

-- CreateIndex
CREATE INDEX "instantane_fiscal_foyer_id_idx" ON "instantane_fiscal"("foyer_id");

-- CreateIndex
CREATE INDEX "instantane_fiscal_expire_le_idx" ON "instantane_fiscal"("expire_le");

-- CreateIndex
CREATE INDEX "appel_amont_cree_le_idx" ON "appel_amont"("cree_le");

-- CreateIndex
CREATE INDEX "appel_amont_foyer_id_idx" ON "appel_amont"("foyer_id");

-- CreateIndex
CREATE UNIQUE INDEX "demande_cle_idempotence_key" ON "demande"("cle_idempotence");

-- CreateIndex
CREATE INDEX "demande_foyer_id_idx" ON "demande"("foyer_id");

-- CreateIndex
CREATE INDEX "inscription_activite_id_statut_idx" ON "inscription"("activite_id", "statut");

-- CreateIndex
CREATE UNIQUE INDEX "inscription_enfant_id_activite_id_key" ON "inscription"("enfant_id", "activite_id");

-- CreateIndex
CREATE INDEX "tarif_inscription_id_idx" ON "tarif"("inscription_id");

-- CreateIndex
CREATE INDEX "dossier_statut_cree_le_idx" ON "dossier"("statut", "cree_le");

-- CreateIndex
CREATE INDEX "dossier_foyer_id_idx" ON "dossier"("foyer_id");

-- CreateIndex
CREATE INDEX "document_foyer_id_idx" ON "document"("foyer_id");

-- CreateIndex
CREATE INDEX "message_foyer_id_cree_le_idx" ON "message"("foyer_id", "cree_le");

-- CreateIndex
CREATE INDEX "journal_audit_cible_type_cible_id_idx" ON "journal_audit"("cible_type", "cible_id");

-- CreateIndex
CREATE INDEX "journal_audit_cree_le_idx" ON "journal_audit"("cree_le");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_compte_id_fkey" FOREIGN KEY ("compte_id") REFERENCES "compte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jeton_compte" ADD CONSTRAINT "jeton_compte_compte_id_fkey" FOREIGN KEY ("compte_id") REFERENCES "compte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jeton_compte" ADD CONSTRAINT "jeton_compte_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ecole" ADD CONSTRAINT "ecole_commune_code_insee_fkey" FOREIGN KEY ("commune_code_insee") REFERENCES "commune"("code_insee") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activite" ADD CONSTRAINT "activite_annee_scolaire_id_fkey" FOREIGN KEY ("annee_scolaire_id") REFERENCES "annee_scolaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activite" ADD CONSTRAINT "activite_ecole_id_fkey" FOREIGN KEY ("ecole_id") REFERENCES "ecole"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grille_tarifaire" ADD CONSTRAINT "grille_tarifaire_activite_id_fkey" FOREIGN KEY ("activite_id") REFERENCES "activite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grille_tarifaire" ADD CONSTRAINT "grille_tarifaire_annee_scolaire_id_fkey" FOREIGN KEY ("annee_scolaire_id") REFERENCES "annee_scolaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "version_grille" ADD CONSTRAINT "version_grille_grille_id_fkey" FOREIGN KEY ("grille_id") REFERENCES "grille_tarifaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsable_legal" ADD CONSTRAINT "responsable_legal_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsable_legal" ADD CONSTRAINT "responsable_legal_compte_id_fkey" FOREIGN KEY ("compte_id") REFERENCES "compte"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enfant" ADD CONSTRAINT "enfant_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enfant" ADD CONSTRAINT "enfant_ecole_id_fkey" FOREIGN KEY ("ecole_id") REFERENCES "ecole"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consentement" ADD CONSTRAINT "consentement_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consentement" ADD CONSTRAINT "consentement_compte_id_fkey" FOREIGN KEY ("compte_id") REFERENCES "compte"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instantane_fiscal" ADD CONSTRAINT "instantane_fiscal_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instantane_fiscal" ADD CONSTRAINT "instantane_fiscal_responsable_id_fkey" FOREIGN KEY ("responsable_id") REFERENCES "responsable_legal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instantane_fiscal" ADD CONSTRAINT "instantane_fiscal_consentement_id_fkey" FOREIGN KEY ("consentement_id") REFERENCES "consentement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instantane_fiscal" ADD CONSTRAINT "instantane_fiscal_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appel_amont" ADD CONSTRAINT "appel_amont_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande" ADD CONSTRAINT "demande_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "demande" ADD CONSTRAINT "demande_annee_scolaire_id_fkey" FOREIGN KEY ("annee_scolaire_id") REFERENCES "annee_scolaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inscription" ADD CONSTRAINT "inscription_demande_id_fkey" FOREIGN KEY ("demande_id") REFERENCES "demande"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inscription" ADD CONSTRAINT "inscription_enfant_id_fkey" FOREIGN KEY ("enfant_id") REFERENCES "enfant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inscription" ADD CONSTRAINT "inscription_activite_id_fkey" FOREIGN KEY ("activite_id") REFERENCES "activite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tarif" ADD CONSTRAINT "tarif_inscription_id_fkey" FOREIGN KEY ("inscription_id") REFERENCES "inscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tarif" ADD CONSTRAINT "tarif_version_grille_id_fkey" FOREIGN KEY ("version_grille_id") REFERENCES "version_grille"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_demande_id_fkey" FOREIGN KEY ("demande_id") REFERENCES "demande"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "compte"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "compte"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_depose_par_id_fkey" FOREIGN KEY ("depose_par_id") REFERENCES "compte"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_foyer_id_fkey" FOREIGN KEY ("foyer_id") REFERENCES "foyer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_auteur_id_fkey" FOREIGN KEY ("auteur_id") REFERENCES "compte"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
