export const PORTS_E2E = { portail: 3100, franceconnect: 4100, dgfip: 4110 } as const;
export const URL_PORTAIL_E2E = `http://localhost:${PORTS_E2E.portail}`;
