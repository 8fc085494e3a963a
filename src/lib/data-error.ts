/** What went wrong with one data file, in a form the section's alert can show. */
export type DataErrorKind = 'network' | 'size' | 'encoding' | 'json' | 'schema' | 'reference';

export interface DataIssue {
  /** Path inside the file, like `quotes[3].sourceId`; empty for whole-file problems. */
  path: string;
  message: string;
}

/** Problems by file, in the order they were found. */
export type Issues = Map<string, DataIssue[]>;

export function addIssue(issues: Issues, file: string, path: string, message: string): void {
  const list = issues.get(file) ?? [];
  list.push({ path, message });
  issues.set(file, list);
}

export class DataError extends Error {
  readonly file: string;
  readonly kind: DataErrorKind;
  readonly issues: DataIssue[];
  readonly status?: number;

  constructor(file: string, kind: DataErrorKind, issues: DataIssue[], status?: number) {
    super(
      `${file}: ${issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ')}`,
    );
    this.name = 'DataError';
    this.file = file;
    this.kind = kind;
    this.issues = issues;
    this.status = status;
  }
}

/** `['quotes', 3, 'sourceId']` → `quotes[3].sourceId` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}
