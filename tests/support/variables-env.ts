// Kept apart from env.ts so that a test mocking lib/server/env can read them without importing that module.
/** The raw variables of a valid test configuration (demo secrets, demo mode). */
export const VARIABLES_DE_TEST: Record<string, string> = {
  PORTAIL_DEMO: "true",
  AUTH_SECRET: "demo-secret-de-session-pour-les-tests-000000",
  FRANCECONNECT_ISSUER: "http://127.0.0.1:4000/api/v2",
  FRANCECONNECT_CLIENT_ID: "portail-famille-demo",
  FRANCECONNECT_CLIENT_SECRET: "demo-secret-client-franceconnect-0000",
  DGFIP_API_URL: "http://127.0.0.1:4010/impotparticulier/1.0",
  DGFIP_TOKEN_URL: "http://127.0.0.1:4010/token",
  DGFIP_CLIENT_ID: "portail-famille-demo",
  DGFIP_CLIENT_SECRET: "demo-secret-client-dgfip-00000000",
  DGFIP_ID_TELESERVICE: "DEMO-PORTAIL-FAMILLE",
  API_PARTICULIER_URL: "http://127.0.0.1:4020",
  API_PARTICULIER_TOKEN: "demo-jeton-api-particulier-0000000000",
};
