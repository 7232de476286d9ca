/**
 * A build step that puts a short note into the page's root element, in the catalogue's words:
 * the app replaces it as soon as it starts, so it stays only when the scripts cannot run — most
 * often a published folder opened from file://, where browsers refuse the app's module scripts.
 * Then the reader learns what to do instead of facing an empty page.
 */
import type { Plugin } from 'vite';
import { zhCN } from '../src/i18n/zh-CN/index.ts';

/** The vite plugin. */
export function startupNote(): Plugin {
  return {
    name: 'startup-note',
    apply: 'build',
    transformIndexHtml(html) {
      const root = '<div id="root"></div>';
      if (!html.includes(root)) throw new Error(`index.html needs ${root} to put the startup note in`);
      const note = zhCN.publishStartupNote.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return html.replace(root, `<div id="root"><p class="startup-note">${note}</p></div>`);
    },
  };
}
