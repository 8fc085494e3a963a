// What `npm run bench` (scripts/bench.mjs) prints and keeps: the rows' shape, each page's LCP against its twin's,
// the table and the lines under it, the checks, and bench-results.json.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { PHONE } from '../measure-first-tap.mjs';

/** @typedef {{ files: number, raw: number, gzip: number }} ByteTotal */
/** @typedef {Partial<Record<'js' | 'css' | 'data' | 'html' | 'other', ByteTotal>>} Bytes */
/**
 * @typedef {object} LighthouseRow
 * @property {number} performance
 * @property {number} accessibility
 * @property {number} bestPractices
 * @property {number} seo
 * @property {number} lcpMs
 * @property {number} tbtMs
 * @property {number} cls
 * @property {string[]} failedAudits
 */
/**
 * @typedef {LighthouseRow & { name: string, url: string, kind: string, twinUrl?: string, bytes: Bytes, lcpRatio: number }} Row
 */
/** @typedef {import('../measure-step-animation.mjs').MeasureResult} MeasureResult */
/** @typedef {Pick<MeasureResult, 'longestTaskMs' | 'rounds'>} AnimationTasks what the report prints of a measure */
/** @typedef {{ name: string, medianMs: number, runsMs: number[] }[]} FirstTaps */

/** Each page's LCP against its twin's (a twin against itself). @param {Row[]} rows */
export function setLcpRatios(rows) {
  for (const row of rows) {
    const twin = row.twinUrl ? rows.find((r) => r.url === row.twinUrl) : row;
    row.lcpRatio = twin ? Number((row.lcpMs / twin.lcpMs).toFixed(2)) : Number.NaN;
  }
}

/** The first row of a kind ('main', 'host'). @param {Row[]} rows @param {string} kind @returns {Row} */
export function rowOf(rows, kind) {
  const row = rows.find((r) => r.kind === kind);
  if (!row) throw new Error(`no ${kind} row`);
  return row;
}

/** @param {number} n */
const kb = (n) => (n / 1024).toFixed(1);

/**
 * The table, the animation and first-tap measures, the control pages' floor and the load average.
 * @param {object} report
 * @param {Row[]} report.rows
 * @param {AnimationTasks} report.animation
 * @param {AnimationTasks} report.animationKeys
 * @param {AnimationTasks} report.animationInstant
 * @param {FirstTaps} report.firstTaps
 * @param {{ animationTaskMs: number, firstTapMs: number }} report.targets
 */
export function printReport({ rows, animation, animationKeys, animationInstant, firstTaps, targets }) {
  const header = [
    'page',
    'perf',
    'a11y',
    'best',
    'seo',
    'LCP ms',
    'LCP ×0-JS',
    'TBT ms',
    'CLS',
    'JS KB gz',
    'CSS KB gz',
    'data KB gz',
  ];
  const table = [
    header,
    ...rows.map((r) => [
      r.name,
      r.performance,
      r.accessibility,
      r.bestPractices,
      r.seo,
      r.lcpMs,
      r.lcpRatio,
      r.tbtMs,
      r.cls,
      kb(r.bytes.js?.gzip ?? 0),
      kb(r.bytes.css?.gzip ?? 0),
      kb(r.bytes.data?.gzip ?? 0),
    ]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  /** @param {Array<string | number>} row */
  const line = (row) => row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of table.slice(1)) console.log(line(row));
  /** @param {AnimationTasks} result */
  const rounds = (result) =>
    `${result.longestTaskMs.toFixed(1)} ms (rounds: ${result.rounds.map((r) => r.toFixed(1)).join(', ')})`;
  console.log(`\nLongest task during case-step animations, CPU 4× slower (budget ${targets.animationTaskMs} ms):`);
  console.log(`  mouse on Next, each press held 80 ms: ${rounds(animation)}`);
  console.log(`  Right arrow key, held 80 ms:           ${rounds(animationKeys)}`);
  console.log(`  mouse, instant clicks (for comparison): ${rounds(animationInstant)}`);
  console.log(
    `\nFirst tap, median of 3 (CPU ${PHONE.rate}× slower, ${PHONE.latencyMs} ms round trip, 1.6 Mbps, touch, 375 × 812;` +
      ` embeds tapped ${PHONE.embedTapAfterMs} ms after load), budget ${targets.firstTapMs} ms:`,
  );
  for (const tap of firstTaps)
    console.log(`  ${tap.name.padEnd(44)} ${String(tap.medianMs).padStart(5)} ms  [${tap.runsMs.join(', ')}]`);
  const controls = rows.filter((r) => r.kind === 'control');
  console.log(
    "\nThe instrument's floor (control pages, not targets): a page whose one script is a single line measures",
  );
  for (const row of controls)
    console.log(`  ${row.name.replace('control: ', '')}: ${row.lcpRatio}× its no-script twin`);
  console.log(
    `Load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

/**
 * PASS or FAIL for each check, then each page's audits below 100.
 * @param {Array<[string, boolean]>} checks
 * @param {Row[]} rows
 */
export function printChecks(checks, rows) {
  console.log('');
  for (const [label, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
  for (const row of rows)
    if (row.failedAudits.length) console.log(`  ${row.name}: audits below 100: ${row.failedAudits.join(', ')}`);
}

/**
 * bench-results.json in the working directory: the date, the load average, the targets and every measure.
 * @param {object} results
 * @param {number} results.runs
 * @param {object} results.targets
 * @param {Row[]} results.pages
 * @param {MeasureResult} results.animation
 * @param {MeasureResult} results.animationKeys
 * @param {MeasureResult} results.animationInstant
 * @param {FirstTaps} results.firstTaps
 * @param {Array<[string, boolean]>} results.checks
 */
export function writeResults({ runs, targets, pages, animation, animationKeys, animationInstant, firstTaps, checks }) {
  writeFileSync(
    'bench-results.json',
    `${JSON.stringify({ date: new Date().toISOString(), runs, loadAverage: loadavg(), targets, pages, animation, animationKeys, animationInstant, firstTaps, checks: Object.fromEntries(checks) }, null, 2)}\n`,
  );
  console.log('\nwrote bench-results.json');
}
