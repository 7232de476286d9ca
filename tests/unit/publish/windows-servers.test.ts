/**
 * What serve.cmd and serve.ps1 need to run on a plain Windows (PowerShell 5.1 and cmd), checked
 * on their text since there is no Windows here: PowerShell 5.1 reads a script without a byte-order
 * mark in the ANSI code page and cmd reads a batch file in the OEM code page, so both stay ASCII;
 * cmd needs CRLF line ends; the batch file finds the script beside itself wherever the folder is
 * and runs it whatever the machine's execution policy.
 */
import { describe, expect, it } from 'vitest';
import { publicationExtraFiles } from '../../../src/io/pack-publication.ts';

// The servers are texts (only a basemap file is bytes).
const files = new Map(
  publicationExtraFiles('使用说明.txt', '说明').map((file) => [
    file.path,
    typeof file.text === 'string' ? file.text : '',
  ]),
);

describe('the Windows local servers of a published folder', () => {
  it('are plain ASCII with CRLF line ends', () => {
    for (const name of ['serve.cmd', 'serve.ps1']) {
      const text = files.get(name) ?? '';
      expect(text.length, name).toBeGreaterThan(0);
      expect(/^[\x20-\x7e\r\n\t]*$/.test(text), `${name} has a character beyond ASCII`).toBe(true);
      expect(text.replace(/\r\n/g, '').includes('\n'), `${name} has a line end without CR`).toBe(false);
    }
  });

  it('start the PowerShell script beside the batch file, past the execution policy', () => {
    expect(files.get('serve.cmd')).toContain(
      'powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0serve.ps1"',
    );
  });

  it('listen on localhost only, which HttpListener allows without administrator rights', () => {
    const script = files.get('serve.ps1') ?? '';
    expect(script).toMatch(/\$address = 'http:\/\/localhost:\d+\/'/);
    expect(script).not.toMatch(/http:\/\/[+*]/);
    // Nothing newer than Windows PowerShell 5.1: no ternary, null-coalescing or pipeline chains.
    expect(script).not.toMatch(/\?\?|\s\?\s.*\s:\s|&&|\|\|/);
  });
});
