/**
 * Inside an embed, the host page's scroll position and focus belong to the host's reader. Moving focus or
 * scrolling into view from a frame also scrolls the pages around it, so an embed does it only once the reader is
 * at work inside it (its document has focus): never on load, whatever state its address asked for.
 */
export function mayMoveFocus(): boolean {
  return window.parent === window || document.hasFocus();
}
