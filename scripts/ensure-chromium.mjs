// The first step of `npm test`, before lint and build: Chromium for the browser tests is there, or is installed
// (root with apt-get), or the run stops at once with the command to run (scripts/lib/chromium.mjs).
// Usage: node scripts/ensure-chromium.mjs   ($CHROMIUM_PATH names another browser binary)
import { ensureChromium } from './lib/chromium.mjs';

try {
  console.log(`[chromium] ${ensureChromium()}`);
} catch (error) {
  console.error(`\n[chromium] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
