// End-to-end ports: 3100 / 4100 / 4110 by default (the FranceConnect simulator's clients.json registers the
// portal's callbacks on 3000 and 3100). Overridable so that several checkouts can run their suites at once
// (journeys through FranceConnect then need their callback registered too).
const port = (nom: string, defaut: number) => Number(process.env[nom] ?? defaut);
export const PORTS_E2E = {
  portail: port("E2E_PORT_PORTAIL", 3100),
  franceconnect: port("E2E_PORT_FRANCECONNECT", 4100),
  dgfip: port("E2E_PORT_DGFIP", 4110),
} as const;
export const URL_PORTAIL_E2E = `http://localhost:${PORTS_E2E.portail}`;
