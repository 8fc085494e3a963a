/**
 * The messages between an embed and its host page. The embed sends its content height; a host may send it a
 * theme. Both sides share this module: the embed builds messages with it, and the loader (and the main page's
 * live preview) validate them with it. Each message carries the protocol's version; a message without one is
 * from an embed built before versions (v1 in all but name) and is read the same way.
 */
export const PROTOCOL_VERSION = 1;
export const RESIZE_MESSAGE_TYPE = 'amazon-privacy-explainer:resize';
export const THEME_MESSAGE_TYPE = 'amazon-privacy-explainer:theme';
/** Taller content is shown this tall (the frame then scrolls inside), not refused. */
export const MAX_EMBED_HEIGHT = 50_000;
/** The longest state value an embed page accepts (params.ts); the loader drops longer ones and clips a title. */
export const MAX_PARAM_LENGTH = 200;
/**
 * The frame's sandbox: what the embed needs (its scripts and its own origin's storage and fetches, new tabs for its
 * links that escape the sandbox, downloads of a chart's CSV, SVG and PNG) and nothing more. No top navigation (none
 * of its links targets _top), no forms, no modals. The Copy and Share buttons come from the `allow` attribute.
 */
export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
/** What a frame id may be (the loader's `explainer-3`, the dialog's `preview`). */
export const EMBED_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  v: typeof PROTOCOL_VERSION;
  id: string;
  height: number;
}

export function resizeMessage(id: string, height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, v: PROTOCOL_VERSION, id, height: Math.min(Math.ceil(height), MAX_EMBED_HEIGHT) };
}

/** `data` if it is a message of `type` in a version this reads, else null. */
function messageOf(data: unknown, type: string): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  return message.type === type && (message.v === undefined || message.v === PROTOCOL_VERSION) ? message : null;
}

/** A well-formed resize message: the right type and version, a string id, and a positive height (clamped). */
function readResize(data: unknown): ResizeMessage | null {
  const { id, height } = messageOf(data, RESIZE_MESSAGE_TYPE) ?? {};
  if (typeof id !== 'string' || !EMBED_ID_PATTERN.test(id)) return null;
  return typeof height === 'number' && height > 0 ? resizeMessage(id, height) : null;
}

export const isResizeMessage = (data: unknown): data is ResizeMessage => readResize(data) !== null;

/** An embed's colours (`theme=`, `data-theme`, a host's theme message); `auto` follows the host page. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);
export interface ThemeMessage {
  type: typeof THEME_MESSAGE_TYPE;
  v: typeof PROTOCOL_VERSION;
  theme: Theme;
}

export const themeMessage = (theme: Theme): ThemeMessage => ({
  type: THEME_MESSAGE_TYPE,
  v: PROTOCOL_VERSION,
  theme,
});

/** The theme a host asked for, from a message, or null if the message is not a theme message. */
export function readTheme(data: unknown): Theme | null {
  const theme = messageOf(data, THEME_MESSAGE_TYPE)?.theme;
  return isTheme(theme) ? theme : null;
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
  const message = readResize(event.data);
  if (!message) return null;
  const frame = frames.get(message.id);
  if (!frame || frame.contentWindow === null || frame.contentWindow !== event.source) return null;
  return message;
}
