/**
 * Cross-file checks and indexes. Each section gets a "bundle": its files, indexed by id, after every
 * reference between them has been checked. A broken reference becomes a DataError naming file and path.
 */
import { copyAt, dateRange, templateTokens } from './copy';
import { DataError, type DataIssue } from '../lib/data-error';
import { deriveContextValues, type DerivedValue } from './derived';
import type { DataOf } from './load';
import type { Locale } from '../lib/locale';
import type { CaseId, Claim, CopyFile, CopyFileName, Fact, Quote, Source, Update } from './schemas';

type Files = {
  sources: DataOf<'sources.json'>;
  facts: DataOf<'facts.json'>;
  cases: DataOf<'cases.json'>;
  money: DataOf<'money.json'>;
  quotes: DataOf<'quotes.json'>;
  claims: DataOf<'claims.json'>;
  updates: DataOf<'updates.json'>;
  copy: DataOf<'copy.en.json'>;
  /** Which edition's copy file `copy` is (named in error messages); English by default. */
  copyName?: CopyFileName;
  /** Which edition the bundle is for. */
  locale?: Locale;
};

class IssueLog {
  private readonly byFile = new Map<string, DataIssue[]>();
  add(file: string, path: string, message: string): void {
    const list = this.byFile.get(file) ?? [];
    list.push({ path, message });
    this.byFile.set(file, list);
  }
  /** Throw for the first file with problems (each alert names one file). */
  throwIfAny(): void {
    for (const [file, issues] of this.byFile) throw new DataError(file, 'reference', issues);
  }
  all(): Map<string, DataIssue[]> {
    return this.byFile;
  }
}

function indexById<T extends { id: string }>(items: readonly T[], file: string, path: string, log: IssueLog): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, index) => {
    if (map.has(item.id)) log.add(file, `${path}[${index}].id`, `duplicate id "${item.id}"`);
    map.set(item.id, item);
  });
  return map;
}

function checkRefs(ids: readonly string[], known: ReadonlyMap<string, unknown>, what: string, file: string, path: string, log: IssueLog): void {
  ids.forEach((id, index) => {
    if (!known.has(id)) log.add(file, `${path}[${index}]`, `unknown ${what} "${id}"`);
  });
}

function checkRef(id: string | undefined, known: ReadonlyMap<string, unknown>, what: string, file: string, path: string, log: IssueLog): void {
  if (id !== undefined && !known.has(id)) log.add(file, path, `unknown ${what} "${id}"`);
}

/** Check that a copy string exists and that every {token} in it can be filled. */
function checkCopy(base: Common, path: string, values: ReadonlySet<string>, log: IssueLog): void {
  const text = copyAt(base.copy, path);
  if (text === undefined) {
    log.add(base.copyName, path, 'missing text');
    return;
  }
  for (const token of templateTokens(text)) {
    if (base.facts.has(token) || values.has(token)) continue;
    if (token.includes('..')) {
      if (!dateRange(token, base.facts)) log.add(base.copyName, path, `{${token}} must name two date facts`);
    } else log.add(base.copyName, path, `unknown placeholder {${token}}`);
  }
}

export interface Common {
  facts: Map<string, Fact>;
  sources: Map<string, Source>;
  copy: CopyFile;
  copyName: CopyFileName;
  locale: Locale;
  values: Record<string, DerivedValue>;
}

function common(files: Pick<Files, 'facts' | 'sources' | 'copy' | 'copyName' | 'locale'>, values: Record<string, DerivedValue>, log: IssueLog): Common {
  const sources = indexById(files.sources.sources, 'sources.json', 'sources', log);
  const facts = indexById(files.facts.facts, 'facts.json', 'facts', log);
  files.facts.facts.forEach((fact, index) => {
    checkRefs(fact.sourceIds, sources, 'source', 'facts.json', `facts[${index}].sourceIds`, log);
    if (fact.kind === 'money' && fact.sumOf) {
      checkRefs(fact.sumOf, facts, 'fact', 'facts.json', `facts[${index}].sumOf`, log);
      const sum = fact.sumOf.reduce((total, id) => {
        const part = facts.get(id);
        return total + (part && part.kind === 'money' ? part.value : Number.NaN);
      }, 0);
      if (Math.abs(sum - fact.value) > 0.5) log.add('facts.json', `facts[${index}].value`, `is ${fact.value} but its parts add up to ${sum}`);
    }
  });
  return { facts, sources, copy: files.copy, copyName: files.copyName ?? 'copy.en.json', locale: files.locale ?? (files.copyName === 'copy.zh-Hans.json' ? 'zh-Hans' : 'en'), values };
}

const EMPTY_VALUES = new Set<string>();

// ---------- the case views ----------
export interface CaseBundle extends Common {
  caseData: DataOf<'cases.json'>['cases'][number];
  timeline: DataOf<'cases.json'>['timeline'];
  quotes: Map<string, Quote>;
}

export function buildCaseBundle(files: Pick<Files, 'cases' | 'facts' | 'sources' | 'quotes' | 'copy' | 'copyName' | 'locale'>, caseId: CaseId): CaseBundle {
  const log = new IssueLog();
  const base = common(files, {}, log);
  const quotes = indexById(files.quotes.quotes, 'quotes.json', 'quotes', log);
  const caseIndex = files.cases.cases.findIndex((c) => c.id === caseId);
  const caseData = files.cases.cases[caseIndex];
  if (!caseData) {
    log.add('cases.json', 'cases', `no case with id "${caseId}"`);
    log.throwIfAny();
    throw new Error('unreachable');
  }
  const at = `cases[${caseIndex}]`;
  const items = indexById(caseData.items, 'cases.json', `${at}.items`, log);
  for (const key of ['filedFactId', 'orderEnteredFactId', 'moneyFactId'] as const) {
    checkRef(caseData[key], base.facts, 'fact', 'cases.json', `${at}.${key}`, log);
  }
  caseData.items.forEach((item, index) => {
    checkRefs(item.factIds, base.facts, 'fact', 'cases.json', `${at}.items[${index}].factIds`, log);
    checkRefs(item.sourceIds, base.sources, 'source', 'cases.json', `${at}.items[${index}].sourceIds`, log);
    checkCopy(base, `cases.${caseId}.items.${item.id}`, EMPTY_VALUES, log);
  });
  indexById(caseData.steps, 'cases.json', `${at}.steps`, log);
  caseData.steps.forEach((step, index) => {
    checkRefs(step.itemIds, items, 'item', 'cases.json', `${at}.steps[${index}].itemIds`, log);
    checkRefs(step.quoteIds ?? [], quotes, 'quote', 'cases.json', `${at}.steps[${index}].quoteIds`, log);
    checkRef(step.momentFactId, base.facts, 'fact', 'cases.json', `${at}.steps[${index}].momentFactId`, log);
    checkCopy(base, `cases.${caseId}.steps.${step.id}.title`, EMPTY_VALUES, log);
    checkCopy(base, `cases.${caseId}.steps.${step.id}.lede`, EMPTY_VALUES, log);
  });
  files.cases.timeline.forEach((event, index) => {
    checkRef(event.startFactId, base.facts, 'fact', 'cases.json', `timeline[${index}].startFactId`, log);
    checkRef(event.endFactId, base.facts, 'fact', 'cases.json', `timeline[${index}].endFactId`, log);
    checkCopy(base, `timeline.events.${event.id}`, EMPTY_VALUES, log);
  });
  checkCopy(base, `cases.${caseId}.intro`, EMPTY_VALUES, log);
  log.throwIfAny();
  return { ...base, caseData, timeline: files.cases.timeline, quotes };
}

// ---------- the money section ----------
export interface MoneyBundle extends Common {
  money: DataOf<'money.json'>;
}

export function buildMoneyBundle(files: Pick<Files, 'money' | 'facts' | 'sources' | 'copy' | 'copyName' | 'locale'>): MoneyBundle {
  const log = new IssueLog();
  const base = common(files, {}, log);
  const { money } = files;
  money.payments.forEach((payment, index) => {
    checkRef(payment.amountFactId, base.facts, 'fact', 'money.json', `payments[${index}].amountFactId`, log);
    checkRefs(payment.sourceIds, base.sources, 'source', 'money.json', `payments[${index}].sourceIds`, log);
    if (payment.paidOut) {
      const { amountFactId, recipientsFactId, dateFactId, sourceIds } = payment.paidOut;
      checkRefs([amountFactId, recipientsFactId, dateFactId], base.facts, 'fact', 'money.json', `payments[${index}].paidOut`, log);
      checkRefs(sourceIds, base.sources, 'source', 'money.json', `payments[${index}].paidOut.sourceIds`, log);
    }
  });
  checkRef(money.totalFactId, base.facts, 'fact', 'money.json', 'totalFactId', log);
  for (const [key, value] of Object.entries(money.financials)) {
    if (key.endsWith('FactId')) checkRef(String(value), base.facts, 'fact', 'money.json', `financials.${key}`, log);
  }
  for (const [key, value] of Object.entries(money.ceiling)) checkRef(value, base.facts, 'fact', 'money.json', `ceiling.${key}`, log);
  money.coppaPenalties.forEach((entry, index) => {
    checkRef(entry.amountFactId, base.facts, 'fact', 'money.json', `coppaPenalties[${index}].amountFactId`, log);
    checkRef(entry.dateFactId, base.facts, 'fact', 'money.json', `coppaPenalties[${index}].dateFactId`, log);
  });
  log.throwIfAny();
  const values = deriveContextValues(base.facts, money);
  const valueNames = new Set(Object.keys(values));
  for (const key of ['intro', 'paidOut', 'total', 'context', 'twoDays', 'coppaIntro', 'ceiling']) {
    checkCopy(base, `penalties.${key}`, valueNames, log);
  }
  log.throwIfAny();
  return { ...base, values, money };
}

// ---------- the sources section ----------
export interface SourcesBundle extends Common {
  articles: Source[];
  primary: Source[];
  quotes: Quote[];
  quotesById: Map<string, Quote>;
  claims: Claim[];
  corrections: DataOf<'claims.json'>['corrections'];
}

export function buildSourcesBundle(files: Pick<Files, 'sources' | 'facts' | 'quotes' | 'claims' | 'money' | 'copy' | 'copyName' | 'locale'>): SourcesBundle {
  const log = new IssueLog();
  const values = (() => {
    try {
      return deriveContextValues(new Map(files.facts.facts.map((fact) => [fact.id, fact])), files.money);
    } catch (error) {
      log.add('money.json', '', error instanceof Error ? error.message : String(error));
      return {};
    }
  })();
  const base = common(files, values, log);
  const valueNames = new Set(Object.keys(values));
  const articles = files.sources.sources.filter((source) => source.kind === 'article');
  const articleIds = new Map(articles.map((article) => [article.id, article]));
  const claims = indexById(files.claims.claims, 'claims.json', 'claims', log);
  const quotesById = indexById(files.quotes.quotes, 'quotes.json', 'quotes', log);
  files.quotes.quotes.forEach((quote, index) => {
    if (!articleIds.has(quote.sourceId)) log.add('quotes.json', `quotes[${index}].sourceId`, `"${quote.sourceId}" is not one of the articles`);
    checkRefs(quote.claimIds, claims, 'claim', 'quotes.json', `quotes[${index}].claimIds`, log);
  });
  files.claims.claims.forEach((claim, index) => {
    const at = `claims[${index}]`;
    checkRefs(claim.record.factIds, base.facts, 'fact', 'claims.json', `${at}.record.factIds`, log);
    checkRefs(claim.record.sourceIds, base.sources, 'source', 'claims.json', `${at}.record.sourceIds`, log);
    for (const article of articles) {
      const verdict = claim.verdicts[article.id];
      if (verdict === undefined) {
        log.add('claims.json', `${at}.verdicts`, `no verdict for article "${article.id}"`);
        continue;
      }
      const quoted = files.quotes.quotes.some((quote) => quote.sourceId === article.id && quote.claimIds.includes(claim.id));
      if (verdict === 'absent' && quoted) log.add('claims.json', `${at}.verdicts.${article.id}`, 'is "absent" but a quote from this article supports the claim');
      if (verdict !== 'absent' && !quoted) log.add('claims.json', `${at}.verdicts.${article.id}`, `is "${verdict}" but no quote from this article is tied to the claim`);
      if (verdict === 'imprecise' || verdict === 'wrong') checkCopy(base, `claims.${claim.id}.notes.${article.id}`, valueNames, log);
    }
    for (const key of Object.keys(claim.verdicts)) {
      if (!articleIds.has(key)) log.add('claims.json', `${at}.verdicts.${key}`, `"${key}" is not one of the articles`);
    }
    checkCopy(base, `claims.${claim.id}.statement`, valueNames, log);
    checkCopy(base, `claims.${claim.id}.record`, valueNames, log);
  });
  files.claims.corrections.forEach((correction, index) => {
    checkRefs(correction.factIds, base.facts, 'fact', 'claims.json', `corrections[${index}].factIds`, log);
    checkRefs(correction.sourceIds, base.sources, 'source', 'claims.json', `corrections[${index}].sourceIds`, log);
    checkCopy(base, `corrections.${correction.id}.claim`, valueNames, log);
    checkCopy(base, `corrections.${correction.id}.finding`, valueNames, log);
  });
  log.throwIfAny();
  return {
    ...base,
    articles,
    primary: files.sources.sources.filter((source) => source.kind !== 'article'),
    quotes: files.quotes.quotes,
    quotesById,
    claims: files.claims.claims,
    corrections: files.claims.corrections,
  };
}

// ---------- the corrections and updates log ----------
export interface PageText extends Common {
  /** Newest first. */
  updates: Update[];
  /** The newest entry's date: the page's "last updated". */
  lastUpdated: string;
}

export function buildPageText(files: Pick<Files, 'updates' | 'facts' | 'sources' | 'copy' | 'copyName' | 'locale'>): PageText {
  const log = new IssueLog();
  const base = common(files, {}, log);
  indexById(files.updates.updates, 'updates.json', 'updates', log);
  files.updates.updates.forEach((update, index) => {
    checkRefs(update.factIds, base.facts, 'fact', 'updates.json', `updates[${index}].factIds`, log);
    checkRefs(update.sourceIds, base.sources, 'source', 'updates.json', `updates[${index}].sourceIds`, log);
    checkCopy(base, `updates.${update.id}.what`, EMPTY_VALUES, log);
    checkCopy(base, `updates.${update.id}.why`, EMPTY_VALUES, log);
  });
  log.throwIfAny();
  // Stable: entries of one day keep their order in the file.
  const updates = [...files.updates.updates].sort((a, b) => b.date.localeCompare(a.date));
  return { ...base, updates, lastUpdated: updates[0]!.date };
}

/**
 * Newsroom rules the data must keep, beyond references that resolve (run by the data tests):
 * - a fact marked "verified" cites at least one source with a date, so a reader can find what we read;
 * - a step's "When" is the date of something the step tells: its fact is one of the step's items' facts
 *   (a step dated by another event's fact said "July 19, 2023" above a statement of May 31);
 * - every verdict other than "absent" has a quote from that article behind it (and "absent" has none).
 */
export function editorialIssues(files: Pick<Files, 'facts' | 'sources' | 'cases' | 'claims' | 'quotes'>): DataIssue[] {
  const issues: DataIssue[] = [];
  const sources = new Map(files.sources.sources.map((source) => [source.id, source]));
  files.facts.facts.forEach((fact, index) => {
    if (fact.status === 'verified' && !fact.sourceIds.some((id) => sources.get(id)?.date !== undefined)) {
      issues.push({ path: `facts.json: facts[${index}] (${fact.id})`, message: 'is marked verified but none of its sources has a date' });
    }
  });
  files.cases.cases.forEach((caseData, caseIndex) => {
    caseData.steps.forEach((step, index) => {
      const told = new Set(step.itemIds.flatMap((itemId) => caseData.items.find((item) => item.id === itemId)?.factIds ?? []));
      if (!told.has(step.momentFactId)) {
        issues.push({
          path: `cases.json: cases[${caseIndex}].steps[${index}].momentFactId (${caseData.id} ${step.id})`,
          message: `"${step.momentFactId}" is not a fact of any of this step's items, so its date belongs to another event`,
        });
      }
    });
  });
  files.claims.claims.forEach((claim, index) => {
    for (const [articleId, verdict] of Object.entries(claim.verdicts)) {
      const quoted = files.quotes.quotes.some((quote) => quote.sourceId === articleId && quote.claimIds.includes(claim.id));
      if (verdict !== 'absent' && !quoted) issues.push({ path: `claims.json: claims[${index}].verdicts.${articleId} (${claim.id})`, message: `is "${verdict}" but no quote from this article supports it` });
      if (verdict === 'absent' && quoted) issues.push({ path: `claims.json: claims[${index}].verdicts.${articleId} (${claim.id})`, message: 'is "absent" but a quote from this article is tied to the claim' });
    }
  });
  return issues;
}

/** All reference problems across every file at once (used by the data tests and `npm run check:data`). */
export function allReferenceIssues(files: Files): Map<string, DataIssue[]> {
  const problems = new Map<string, DataIssue[]>();
  const run = (build: () => unknown) => {
    try {
      build();
    } catch (error) {
      if (error instanceof DataError) problems.set(error.file, [...(problems.get(error.file) ?? []), ...error.issues]);
      else throw error;
    }
  };
  run(() => buildCaseBundle(files, 'alexa'));
  run(() => buildCaseBundle(files, 'ring'));
  run(() => buildMoneyBundle(files));
  run(() => buildSourcesBundle(files));
  run(() => buildPageText(files));
  return problems;
}
