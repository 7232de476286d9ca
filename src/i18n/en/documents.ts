/** English texts of the meeting materials: the PDF, the slide deck, the Word report and their choices in Print. */
import type { documentsZh } from '../zh-CN/documents.ts';

export const documentsEn: Record<keyof typeof documentsZh, string> = {};
