/** Where each role lands after signing in. */
export const ACCUEIL_PAR_ROLE = { citoyen: "/espace", agent: "/agent", admin: "/admin" } as const;
