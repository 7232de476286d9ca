/**
 * KML and KMZ (zipped KML, as Google Earth and 奥维 export) as GeoJSON features, through the
 * maintained `@tmcw/togeojson` converter on a pure-JavaScript XML parser (`@xmldom/xmldom`), so
 * it runs the same in the browser, in a worker (which has no DOMParser) and in the CLI.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, Geometry } from 'geojson';
import { type Message, message } from '../domain/message.ts';

/** Features of a KML document, or why it cannot be read. */
export type KmlRead = { ok: true; features: Feature<Geometry | null>[] } | { ok: false; message: Message };

/**
 * Reads KML text. Never throws.
 * @example readKml('<kml>…</kml>', '道路.kml') // { ok: true, features: [...] }
 */
export function readKml(text: string, file: string): KmlRead {
  const problems: string[] = [];
  try {
    const document = new DOMParser({
      onError: (level, problem) => {
        if (level !== 'warning') problems.push(problem);
      },
    }).parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
    if (problems.length > 0 || !document.documentElement) {
      return { ok: false, message: message('referenceErrorKml', { file, reason: problems[0] ?? '' }) };
    }
    if (document.documentElement.localName !== 'kml') {
      return {
        ok: false,
        message: message('referenceErrorKml', { file, reason: `<${document.documentElement.localName}>` }),
      };
    }
    return { ok: true, features: kml(document).features };
  } catch (error) {
    return {
      ok: false,
      message: message('referenceErrorKml', {
        file,
        reason: error instanceof Error ? error.message : String(error),
      }),
    };
  }
}
