// Provisional demo grid definitions, replaced by the tariff engine's own demo grids (lib/tarifs/domain) when it
// lands: same activities, definitions validated by the engine's schema.
export const DEFINITIONS_DEMO = {
  cantine: { provisoire: true, mode: "tranches", unite: "repas" },
  accueil: { provisoire: true, mode: "tranches", unite: "heure" },
  mercredi: { provisoire: true, mode: "tranches", unite: "journee" },
} as const;
