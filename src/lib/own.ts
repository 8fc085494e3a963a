/**
 * Lookups keyed by data, an address or a host page's attributes read own properties only: a key such as
 * `constructor`, `toString` or `__proto__` finds nothing, never something inherited from Object.prototype.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
