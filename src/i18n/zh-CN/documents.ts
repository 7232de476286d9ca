/** Simplified Chinese texts of the meeting materials: the PDF, the slide deck, the Word report and their choices in 打印. */
export const documentsZh = {} as const;
