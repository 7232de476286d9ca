/**
 * The basemap in a backup: the choice and the file's or service's name go in (never the file);
 * a malformed part refuses the backup; a restore shows the same basemap where it is here, and
 * otherwise no basemap with a message saying what is missing and what to do.
 */
import { describe, expect, it } from 'vitest';
import type { BasemapChoice, BasemapService } from '../../../../src/domain/basemap.ts';
import { openProjectBackup, projectContentsOf } from '../../../../src/io/project-backup.ts';
import { serializeProject } from '../../../../src/io/project-file.ts';
import { readSavedBasemap } from '../../../../src/io/saved-basemap.ts';
import { createAtlasStore } from '../../../../src/store/index.ts';
import { zh, zhAll } from '../../messages.ts';
import { backupDefaults, plainBackupSource } from './backup-fixtures.ts';

const DEFAULTS = backupDefaults();

const SERVICE = { id: 'zrzy', name: '自然资源局影像' } as BasemapService;

function documentWith(
  basemapChoice: BasemapChoice,
  basemapFile: { file: { name: string } } | null = null,
  basemapEnabled = false,
): Record<string, any> {
  const contents = projectContentsOf(
    plainBackupSource({ basemapChoice, basemapFile, basemapServices: [SERVICE], basemapEnabled }),
  );
  return JSON.parse(serializeProject(contents));
}

function open(document: unknown) {
  return openProjectBackup(JSON.stringify(document), '备份.json', DEFAULTS);
}

describe('the basemap in a backup', () => {
  it('keeps the choice and the name, never the file', () => {
    expect(documentWith({ kind: 'file' }, { file: { name: '港南区.pmtiles' } }).settings.basemap).toEqual({
      kind: 'file',
      name: '港南区.pmtiles',
    });
    expect(documentWith({ kind: 'service', id: 'zrzy' }).settings.basemap).toEqual({
      kind: 'service',
      id: 'zrzy',
      name: '自然资源局影像',
    });
    expect(documentWith({ kind: 'none' }, null, true).settings.basemap).toEqual({ kind: 'tianditu' });
    // A choice of a file no longer open, or of a service no longer configured, is no basemap.
    expect(documentWith({ kind: 'file' }).settings.basemap).toEqual({ kind: 'none' });
    expect(documentWith({ kind: 'service', id: 'gone' }).settings.basemap).toEqual({ kind: 'none' });
  });

  it('comes back from the file as saved', () => {
    const opened = open(documentWith({ kind: 'file' }, { file: { name: '港南区.pmtiles' } }));
    if (!opened.ok) throw new Error(zh(opened.message));
    expect(opened.plan.basemap).toEqual({ kind: 'file', name: '港南区.pmtiles' });
  });

  it('a backup saved before the basemap was kept leaves the basemap alone', () => {
    const document = documentWith({ kind: 'none' });
    delete document.settings.basemap;
    const opened = open(document);
    if (!opened.ok) throw new Error(zh(opened.message));
    expect(opened.plan.basemap).toBeNull();
  });

  it('refuses the whole backup for a malformed basemap part', () => {
    for (const bad of [
      'file',
      { kind: 'file' },
      { kind: 'file', name: '' },
      { kind: 'service', id: 'zrzy' },
      { kind: 'wms' },
      null,
    ]) {
      const document = documentWith({ kind: 'none' });
      document.settings.basemap = bad;
      const opened = open(document);
      expect(opened.ok ? [] : zhAll(opened.problems)).toEqual([
        '底图设置有误（应为“无底图”、某个底图文件名或某个配置的底图服务）',
      ]);
    }
    expect(readSavedBasemap({ kind: 'none', extra: 1 })).toEqual({ kind: 'none' });
  });

  it('restores the same file when this browser has it open, else says which file to open', () => {
    const document = documentWith({ kind: 'file' }, { file: { name: '港南区.pmtiles' } });
    const opened = open(document);
    if (!opened.ok) throw new Error(zh(opened.message));
    const missing = createAtlasStore();
    missing.getState().restoreProject(opened.plan);
    expect(missing.getState().basemapChoice).toEqual({ kind: 'none' });
    expect(zhAll(missing.getState().basemapMessages)).toEqual([
      '备份中的项目使用底图文件 港南区.pmtiles，本浏览器未保存该文件：请点击“打开底图文件”重新选择该文件。',
    ]);
    const here = createAtlasStore();
    here.setState({ basemapFile: { file: { name: '港南区.pmtiles' } } as never });
    here.getState().restoreProject(opened.plan);
    expect(here.getState().basemapChoice).toEqual({ kind: 'file' });
    expect(here.getState().basemapMessages).toEqual([]);
  });

  it('restores a configured service by id, else names it; Tianditu only with a key', () => {
    const service = open(documentWith({ kind: 'service', id: 'zrzy' }));
    if (!service.ok) throw new Error(zh(service.message));
    const configured = createAtlasStore();
    configured.setState({ basemapServices: [SERVICE] });
    configured.getState().restoreProject(service.plan);
    expect(configured.getState().basemapChoice).toEqual({ kind: 'service', id: 'zrzy' });
    const elsewhere = createAtlasStore();
    elsewhere.getState().restoreProject(service.plan);
    expect(elsewhere.getState().basemapChoice).toEqual({ kind: 'none' });
    expect(zhAll(elsewhere.getState().basemapMessages)[0]).toContain('自然资源局影像');

    const tianditu = open(documentWith({ kind: 'none' }, null, true));
    if (!tianditu.ok) throw new Error(zh(tianditu.message));
    const withKey = createAtlasStore();
    withKey.setState({ tiandituKey: 'k' });
    withKey.getState().restoreProject(tianditu.plan);
    expect(withKey.getState().basemapEnabled).toBe(true);
    const withoutKey = createAtlasStore();
    withoutKey.getState().restoreProject(tianditu.plan);
    expect(withoutKey.getState().basemapEnabled).toBe(false);
    expect(withoutKey.getState().basemapMessages).toHaveLength(1);
  });
});
