/**
 * The one message an embed sends its host: its content height. Both sides share this module: the embed
 * builds messages with it, and the loader (and the main page's live preview) validate them with it.
 */
export const RESIZE_MESSAGE_TYPE = 'amazon-privacy-explainer:resize';
export const MAX_EMBED_HEIGHT = 50_000;
/** What a frame id may be (the loader's `explainer-3`, the dialog's `preview`). */
export const EMBED_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  id: string;
  height: number;
}

export function resizeMessage(id: string, height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, id, height: Math.ceil(height) };
}

/** A well-formed resize message: the right type, a string id, and a sane whole height. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message.type === RESIZE_MESSAGE_TYPE &&
    typeof message.id === 'string' &&
    message.id.length > 0 &&
    message.id.length <= 64 &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height > 0 &&
    message.height <= MAX_EMBED_HEIGHT
  );
}

/**
 * Accept a message only from the expected origin, from the frame it claims to be, in the right shape.
 * `frames` maps ids to the iframes the host created.
 */
export function acceptResize(
  event: Pick<MessageEvent, 'origin' | 'source' | 'data'>,
  expectedOrigin: string,
  frames: ReadonlyMap<string, Pick<HTMLIFrameElement, 'contentWindow'>>,
): ResizeMessage | null {
  if (event.origin !== expectedOrigin) return null;
  if (!isResizeMessage(event.data)) return null;
  const frame = frames.get(event.data.id);
  if (!frame || frame.contentWindow === null || frame.contentWindow !== event.source) return null;
  return event.data;
}
