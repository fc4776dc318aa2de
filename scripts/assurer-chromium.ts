// `tsx scripts/assurer-chromium.ts`: before the browser tests (accessibility of the simulator, end to end), make
// sure Chromium is there; as root on Debian it is installed, elsewhere the command to run is printed.
import { assurerChromium, CHEMIN_CHROMIUM } from "./lib/chromium";

try {
  assurerChromium();
  console.log(`Chromium : ${CHEMIN_CHROMIUM}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
