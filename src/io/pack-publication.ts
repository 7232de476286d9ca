/**
 * The published folder's files besides the app and the data — the one-line local servers for a
 * folder opened on a computer (browsers do not fetch() from file://) and the instructions — and
 * the folder packed as one ZIP for the browser's 发布一张图, with the app's files fetched from its
 * own origin. The CLI writes the same files into a folder.
 */
import type { Zippable } from 'fflate';
import { MessageError, message } from '../domain/message.ts';
import type { PublishedDataFiles } from './publish-manifest.ts';

/** The list of the built app's files, written beside index.html by the build. */
export const APP_FILE_LIST = 'app-files.json';

/** The port the local servers use. */
export const LOCAL_SERVER_PORT = 8000;

/**
 * Windows: a static server for this computer only, with the PowerShell every Windows has (no
 * Python, no Node). HttpListener takes a `localhost` address without administrator rights (an IP
 * address or a wildcard would need them).
 */
const SERVE_POWERSHELL = `# Serves this folder at http://localhost:${LOCAL_SERVER_PORT}/ for this computer only. Close the window to stop.
$ErrorActionPreference = 'Stop'
$root = [IO.Path]::GetFullPath((Split-Path -Parent $MyInvocation.MyCommand.Path)).TrimEnd('\\') + '\\'
$address = 'http://localhost:${LOCAL_SERVER_PORT}/'
$types = @{ '.html' = 'text/html; charset=utf-8'; '.js' = 'text/javascript'; '.mjs' = 'text/javascript';
  '.css' = 'text/css'; '.json' = 'application/json'; '.wasm' = 'application/wasm'; '.png' = 'image/png';
  '.jpg' = 'image/jpeg'; '.svg' = 'image/svg+xml'; '.pbf' = 'application/x-protobuf'; '.woff2' = 'font/woff2';
  '.woff' = 'font/woff'; '.ttf' = 'font/ttf'; '.txt' = 'text/plain; charset=utf-8';
  '.pmtiles' = 'application/vnd.pmtiles' }
$listener = New-Object System.Net.HttpListener
$listener.Prefixes.Add($address)
$listener.Start()
Write-Host $address
Start-Process $address
while ($listener.IsListening) {
  $context = $listener.GetContext()
  $response = $context.Response
  try {
    $path = [Uri]::UnescapeDataString($context.Request.Url.AbsolutePath)
    if ($path.EndsWith('/')) { $path += 'index.html' }
    $file = [IO.Path]::GetFullPath((Join-Path $root $path.TrimStart('/')))
    if ($file.StartsWith($root) -and (Test-Path -LiteralPath $file -PathType Leaf)) {
      $type = $types[[IO.Path]::GetExtension($file).ToLower()]
      if (-not $type) { $type = 'application/octet-stream' }
      # Byte ranges: a PMTiles basemap is read a few tiles at a time, never whole.
      $stream = [IO.File]::OpenRead($file)
      try {
        $length = $stream.Length
        $start = [int64]0
        $end = $length - 1
        $range = $context.Request.Headers['Range']
        $satisfiable = $true
        $ranged = $false
        if ($range -match '^bytes=(\\d+)-(\\d*)$') {
          $ranged = $true
          $start = [int64]$Matches[1]
          if ($Matches[2]) { $end = [Math]::Min([int64]$Matches[2], $length - 1) }
          if ($start -gt $end) { $satisfiable = $false }
        }
        $response.AddHeader('Accept-Ranges', 'bytes')
        if (-not $satisfiable) {
          $response.StatusCode = 416
          $response.AddHeader('Content-Range', "bytes */$length")
        } else {
          if ($ranged) {
            $response.StatusCode = 206
            $response.AddHeader('Content-Range', "bytes $start-$end/$length")
          }
          $response.ContentType = $type
          $response.ContentLength64 = $end - $start + 1
          [void]$stream.Seek($start, [IO.SeekOrigin]::Begin)
          $buffer = New-Object byte[] 65536
          $left = $end - $start + 1
          while ($left -gt 0) {
            $read = $stream.Read($buffer, 0, [int][Math]::Min($buffer.Length, $left))
            if ($read -le 0) { break }
            $response.OutputStream.Write($buffer, 0, $read)
            $left -= $read
          }
        }
      } finally {
        $stream.Dispose()
      }
    } else {
      $response.StatusCode = 404
    }
  } finally {
    $response.Close()
  }
}
`;

/** Windows: double-click starts the PowerShell server above. */
const SERVE_CMD = `@echo off\r\npowershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0serve.ps1"\r\n`;

/**
 * Linux and macOS: Python's own static server, on this computer only, answering byte ranges (a
 * PMTiles basemap is read a few tiles at a time; \`python3 -m http.server\` alone sends it whole).
 */
const SERVE_SH = `#!/bin/sh
# Serves this folder at http://127.0.0.1:${LOCAL_SERVER_PORT}/ for this computer only (Ctrl+C stops it);
# another port: sh serve.sh 8080
cd "$(dirname "$0")" && exec python3 - "\${1:-${LOCAL_SERVER_PORT}}" <<'PYTHON'
import http.server, os, re, sys

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      '.pmtiles': 'application/vnd.pmtiles', '.pbf': 'application/x-protobuf'}
    left = None

    def send_head(self):
        self.left = None
        path = self.translate_path(self.path)
        match = re.fullmatch(r'bytes=(\\d+)-(\\d*)', self.headers.get('Range', ''))
        if not match or not os.path.isfile(path):
            return super().send_head()
        size = os.path.getsize(path)
        start = int(match.group(1))
        end = min(int(match.group(2) or size - 1), size - 1)
        if start > end:
            self.send_response(416)
            self.send_header('Content-Range', 'bytes */%d' % size)
            self.end_headers()
            return None
        source = open(path, 'rb')
        source.seek(start)
        self.send_response(206)
        self.send_header('Content-Type', self.guess_type(path))
        self.send_header('Content-Range', 'bytes %d-%d/%d' % (start, end, size))
        self.send_header('Content-Length', str(end - start + 1))
        self.send_header('Accept-Ranges', 'bytes')
        self.end_headers()
        self.left = end - start + 1
        return source

    def copyfile(self, source, output):
        if self.left is None:
            return super().copyfile(source, output)
        while self.left > 0:
            chunk = source.read(min(65536, self.left))
            if not chunk:
                break
            output.write(chunk)
            self.left -= len(chunk)

http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Handler).serve_forever()
PYTHON
`;

/** A file of the published folder besides the app and the data: text, or bytes (a basemap file). */
export interface PublicationExtra {
  path: string;
  text: string | Uint8Array;
}

/**
 * The files a published folder holds besides the app and the data.
 * @param readme the instructions, in the publisher's language (translated by the caller)
 */
export function publicationExtraFiles(readmeFile: string, readme: string): PublicationExtra[] {
  return [
    { path: readmeFile, text: readme },
    { path: 'serve.cmd', text: SERVE_CMD },
    { path: 'serve.ps1', text: SERVE_POWERSHELL.replace(/\n/g, '\r\n') },
    { path: 'serve.sh', text: SERVE_SH },
  ];
}

/** Reads the app's file list (JSON: an array of paths); null when it is not one. */
export function readAppFileList(text: string): string[] | null {
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return null;
  // Paths inside the folder only, and never a publication's data: that is written anew.
  return list.filter(
    (path) => !path.startsWith('/') && !path.split('/').includes('..') && !path.startsWith('data/'),
  );
}

/** A file to put into the archive: its path inside (with / between folders) and its bytes. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** Sizes and offsets are 32-bit without ZIP64, which the archive does not use. */
export const MAX_ZIP_BYTES = 0xffff_ffff - 1024 * 1024;
/** Entries are counted in 16 bits without ZIP64. */
export const MAX_ZIP_ENTRIES = 0xffff;

/** Files that are compressed already: deflating them again costs time and saves nothing. */
const ALREADY_COMPRESSED = /\.(png|jpe?g|webp|gif|woff2?|zip|gz)$/i;

/**
 * The entries as one ZIP archive (fflate, the library the zip reader uses too, loaded here when
 * a publication is packed: not part of the first load; deflated off the page's thread). Names are
 * written as UTF-8 with the flag that says so, which Windows' own unzip and 7-Zip honour.
 * @throws MessageError when the entries are too many or too large for a zip without ZIP64
 * @example await zipEntries([{ path: 'data/atlas-data.json', bytes: new TextEncoder().encode('{}') }])
 */
export async function zipEntries(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const total = entries.reduce((sum, entry) => sum + entry.bytes.byteLength, 0);
  if (entries.length > MAX_ZIP_ENTRIES || total > MAX_ZIP_BYTES) {
    throw new MessageError(
      message('publishZipTooLarge', { files: entries.length, megabytes: Math.ceil(total / 1024 / 1024) }),
    );
  }
  const { zip } = await import('fflate');
  const files: Zippable = {};
  for (const entry of entries) {
    files[entry.path] = [entry.bytes, { level: ALREADY_COMPRESSED.test(entry.path) ? 0 : 6 }];
  }
  // fflate's asynchronous zip deflates in its own workers: the page stays responsive while a
  // province's data is packed (the synchronous one held it for the whole archive).
  return new Promise((resolve, reject) => {
    zip(files, (error, archive) => {
      if (error) reject(error);
      else resolve(archive);
    });
  });
}

/** What packing needs from the app's origin. */
export interface PackSources {
  /** The app's files, from its {@link APP_FILE_LIST}. */
  appFiles: readonly string[];
  /** Fetches one of them; rejects with the reason when it cannot. */
  fetchBytes(path: string): Promise<Uint8Array>;
  onProgress?(done: number, total: number): void;
}

/**
 * The published folder as one ZIP: the app's files, the published data and the extras.
 * @throws MessageError naming the app file that could not be fetched, or a ZIP too large
 */
export async function packPublication(
  sources: PackSources,
  data: PublishedDataFiles,
  extras: readonly PublicationExtra[],
): Promise<Uint8Array> {
  const entries: ZipEntry[] = [];
  const total = sources.appFiles.length;
  for (const [index, path] of sources.appFiles.entries()) {
    try {
      entries.push({ path, bytes: await sources.fetchBytes(path) });
    } catch (error) {
      throw new MessageError(message('publishAppFileFailed', { file: path, problem: String(error) }));
    }
    sources.onProgress?.(index + 1, total);
  }
  const encoder = new TextEncoder();
  for (const file of [...data.files, ...extras]) {
    entries.push({
      path: file.path,
      bytes: typeof file.text === 'string' ? encoder.encode(file.text) : file.text,
    });
  }
  return zipEntries(entries);
}
