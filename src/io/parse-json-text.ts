/**
 * JSON text parsed with a limit on its nesting. The platform's parser copes with any depth, but
 * everything after it that walks the value recursively (JSON.stringify, structuredClone when a
 * worker posts it, a reader's own checks) overflows the call stack some thousands of levels
 * down; so every reader of JSON the user brings measures the depth first, in one pass over the
 * text, and refuses a file nested deeper than any real one is.
 */
import { type Message, type MessageValue, message } from '../domain/message.ts';

/**
 * The deepest nesting of arrays and objects a file may have. A MultiPolygon in a feature
 * collection is 8 levels deep and a saved project about 12; 100 leaves room for nested
 * properties, and is far below where recursive walks fail.
 */
export const MAX_JSON_DEPTH = 100;

const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * How deep the text's arrays and objects nest, counting no further than `limit + 1`: brackets
 * inside strings do not count. Linear in the text, with no allocation.
 * @example jsonDepth('{"a":[1,[2]]}') // 3
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) depth--;
  }
  return deepest;
}

/** JSON that was parsed, or why not. */
export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'tooDeep' | 'invalid'; message: Message };

/**
 * Parses JSON text a user brought, refusing it before parsing when it nests deeper than
 * {@link MAX_JSON_DEPTH}. Never throws.
 * @param file the file's name, for the message
 * @param invalid the reader's own message for text that is not JSON, from the parser's reason
 * @example parseJsonText('[[[]]]', '乡镇.geojson', (reason) => message('fileNotJson', { file, reason })) // { ok: true, value: [[[]]] }
 */
export function parseJsonText(
  text: string,
  file: MessageValue,
  invalid: (reason: string) => Message,
): ParsedJson {
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    return { ok: false, reason: 'tooDeep', message: message('jsonTooDeep', { file, limit: MAX_JSON_DEPTH }) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      reason: 'invalid',
      message: invalid(error instanceof Error ? error.message : String(error)),
    };
  }
}
