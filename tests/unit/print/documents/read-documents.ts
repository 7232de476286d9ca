/**
 * Readers for written documents, as their users' programs read them: the entries of a zip (.pptx,
 * .docx, a zip of PDFs) and the text of a PDF's pages through PDF.js, as a viewer's search and
 * copy get it. Used by the unit tests and the end-to-end tests.
 */
import { unzipSync } from 'fflate';

/** The entries of a zip file (.pptx, .docx, .zip) as text, by path. */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  const decoder = new TextDecoder();
  return new Map(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, decoder.decode(data)]));
}

/** The text of each page of a PDF, read with PDF.js as a viewer's search and copy would. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  await document.destroy();
  return pages;
}
