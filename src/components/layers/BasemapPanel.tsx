/**
 * The basemap choice: none (the plain offline map), the opened PMTiles file, each tile service of
 * the deployment, or the online Tianditu; opening and removing the file; what the chosen one
 * credits and whether the file is kept in this browser.
 */
import { useRef } from 'react';
import { type BasemapChoice, PROTOMAPS_LAYERS } from '../../domain/basemap.ts';
import { closeBasemapFile, openBasemapFile } from '../../store/basemap-loading.ts';
import { selectActiveBasemap } from '../../store/context-selectors.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';

function sameChoice(a: BasemapChoice, b: BasemapChoice): boolean {
  return a.kind === b.kind && (a.kind !== 'service' || (b.kind === 'service' && a.id === b.id));
}

export function BasemapPanel() {
  const { t, tm } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const choice = useAtlasStore((state) => state.basemapChoice);
  const opened = useAtlasStore((state) => state.basemapFile);
  const services = useAtlasStore((state) => state.basemapServices);
  const messages = useAtlasStore((state) => state.basemapMessages);
  const tiandituKey = useAtlasStore((state) => state.tiandituKey);
  const tiandituOn = useAtlasStore((state) => state.basemapEnabled);
  const active = useAtlasStore(selectActiveBasemap);
  const setChoice = useAtlasStore((state) => state.setBasemapChoice);
  const setBasemap = useAtlasStore((state) => state.setBasemap);

  const choose = (next: BasemapChoice | 'tianditu') => {
    if (next === 'tianditu') setBasemap(tiandituKey, true);
    else {
      setChoice(next);
      if (next.kind === 'none' && tiandituOn) setBasemap(tiandituKey, false);
    }
  };
  const radio = (key: string, label: string, chosen: boolean, onChoose: () => void, disabled = false) => (
    <label className="check-row" key={key} data-testid={`basemap-${key}`}>
      <input type="radio" name="basemap" checked={chosen} disabled={disabled} onChange={onChoose} />
      <span className="check-label">{label}</span>
    </label>
  );
  const credit =
    active?.kind === 'archive'
      ? { attribution: active.info.attribution, date: active.info.dataDate }
      : active?.kind === 'service'
        ? { attribution: active.service.attribution, date: active.service.dataDate }
        : null;

  return (
    <fieldset className="basemap-panel" data-testid="basemap-panel">
      <legend>{t('basemapTitle')}</legend>
      {radio('none', t('basemapNone'), active === null, () => choose({ kind: 'none' }))}
      {opened
        ? radio('file', t('basemapFileChoice', { name: opened.file.name }), active?.kind === 'archive', () =>
            choose({ kind: 'file' }),
          )
        : null}
      {opened ? (
        <p className="basemap-note" data-testid="basemap-file-info">
          {t('basemapFileInfo', {
            format: t(opened.file.format === 'vector' ? 'basemapVector' : 'basemapRaster'),
            size: (opened.file.bytes / 1024 / 1024).toFixed(1),
            minZoom: opened.file.minZoom,
            maxZoom: opened.file.maxZoom,
          })}
          {' · '}
          <span data-testid="basemap-kept">
            {t(opened.kept === null ? 'basemapKeeping' : opened.kept ? 'basemapKept' : 'basemapNotKept')}
          </span>
        </p>
      ) : null}
      {opened?.file.format === 'vector' &&
      opened.file.vectorLayers.length > 0 &&
      !opened.file.vectorLayers.some((layer) => PROTOMAPS_LAYERS.includes(layer)) ? (
        <p className="error">{t('basemapNotProtomaps', { layers: opened.file.vectorLayers.join(', ') })}</p>
      ) : null}
      {services.map((service) =>
        radio(
          `service-${service.id}`,
          t('basemapServiceChoice', { name: service.name }),
          !tiandituOn && sameChoice(choice, { kind: 'service', id: service.id }),
          () => choose({ kind: 'service', id: service.id }),
        ),
      )}
      {radio(
        'tianditu',
        t('basemapTianditu'),
        active?.kind === 'tianditu',
        () => choose('tianditu'),
        tiandituKey === '',
      )}
      {tiandituKey === '' ? <p className="basemap-note">{t('basemapTiandituNeedsKey')}</p> : null}
      {credit ? (
        <p className="basemap-note" data-testid="basemap-credit">
          {t('basemapAttribution', { attribution: credit.attribution || '—' })}
          {credit.date ? ` · ${t('basemapDataDate', { date: credit.date })}` : ''}
        </p>
      ) : null}
      <div className="basemap-actions">
        <button
          type="button"
          className="ghost"
          onClick={() => input.current?.click()}
          data-testid="basemap-open"
        >
          {t(opened ? 'basemapReplace' : 'basemapOpen')}
        </button>
        {opened ? (
          <button
            type="button"
            className="link"
            onClick={() => void closeBasemapFile(useAtlasStore)}
            data-testid="basemap-close"
          >
            {t('basemapClose')}
          </button>
        ) : null}
        <input
          ref={input}
          type="file"
          accept=".pmtiles"
          hidden
          data-testid="basemap-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void openBasemapFile(useAtlasStore, file);
          }}
        />
      </div>
      {messages.map((item) => (
        <p
          key={`${item.key}-${JSON.stringify(item.values ?? {})}`}
          className="error"
          role="alert"
          data-testid="basemap-message"
        >
          {tm(item)}
        </p>
      ))}
      <p className="help">{t('basemapHelp')}</p>
    </fieldset>
  );
}
