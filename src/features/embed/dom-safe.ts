/**
 * The host document's own properties and methods, read so that nothing on a hostile host page can replace them
 * (src/features/embed/loader.ts runs on pages we do not control).
 */

/**
 * The document's (or an element's) property `name` as the browser defines it. Document has
 * [LegacyOverrideBuiltIns]: an element on the host page named like a property (`<img name="currentScript">`,
 * `<img name="querySelectorAll">`, a reader's comment) shadows `document.currentScript` itself, but never the
 * prototype's, which this reads (a getter runs with `self` as `this`).
 */
export function domGet<T>(self: Document | Element, name: string): T {
  return Reflect.get(self instanceof Document ? Document.prototype : Element.prototype, name, self) as T;
}

/** Call the document's (or an element's) method `name` as the browser defines it (see `domGet`). */
export function domCall<T>(self: Document | Element, name: string, ...args: unknown[]): T {
  return domGet<(...args: unknown[]) => T>(self, name).apply(self, args);
}

/** An object with no prototype: options and descriptors the browser reads cannot inherit polluted fields. */
export const bare = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);
