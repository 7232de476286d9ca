/** How the import screens show a picked file. */

/**
 * A file size for people: bytes, KB or MB.
 * @example formatFileSize(2_500_000) // '2.4 MB'
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
