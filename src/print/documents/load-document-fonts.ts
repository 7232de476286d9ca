/**
 * The Noto Sans SC fonts a PDF embeds, served from the app's own origin (the build copies the
 * TrueType files of the npm package into its assets) and fetched only when a PDF is exported:
 * some 10 MB each, which nobody needs to open the map. Kept once loaded. Browser only.
 */
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import licenceText from '@expo-google-fonts/noto-sans-sc/LICENSE_FONT?raw';
import { MessageError, message } from '../../domain/message.ts';
import type { DocumentFonts } from './document-model.ts';

/** The fonts' licence (SIL Open Font License 1.1), shipped with them as the licence asks. */
export const FONT_LICENCE: string = licenceText;

let loading: Promise<DocumentFonts> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new MessageError(message('documentsFontFailed', { reason: `HTTP ${response.status}` }));
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The regular and bold fonts; a failed load is forgotten, so the next export tries again.
 * @throws MessageError when a font cannot be fetched
 */
export function loadDocumentFonts(): Promise<DocumentFonts> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = null;
      if (error instanceof MessageError) throw error;
      throw new MessageError(
        message('documentsFontFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    },
  );
  return loading;
}
