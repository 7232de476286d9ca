/**
 * The live page preview: the page drawn by the export's own layout and compose code at 96 DPI,
 * over the preview map at exactly the export map's CSS size (so the export shows what this
 * shows, at a higher pixel ratio). Pan and zoom the map to choose the printed extent.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { composePage, type DrawnScaleBar } from '../../print/compose-page.ts';
import type { MapExtent } from '../../print/map-extent.ts';
import { layoutPage, type Rect } from '../../print/page-layout.ts';
import { CSS_PIXELS_PER_INCH } from '../../print/paper.ts';
import {
  type PagePlan,
  type PrintSettings,
  pageDrawing,
  pageExtent,
  pageLayoutFor,
} from '../../print/plan-pages.ts';
import { PreviewMap } from '../../print/preview-map.ts';
import type { PrintSnapshot } from '../../print/print-snapshot.ts';
import { useTranslation } from '../use-translation.ts';

/** The preview's map, for the export to take its camera. */
export interface PreviewHandle {
  extent(): MapExtent | null;
  fit(): void;
}

function boxStyle(rect: Rect) {
  return { left: rect.x, top: rect.y, width: rect.width, height: rect.height };
}

/** The page preview for `plan` at `settings`; hands its map's camera to the view through `onHandle`. */
export function PrintPreview({
  snapshot,
  settings,
  plan,
  onHandle,
}: {
  snapshot: PrintSnapshot;
  settings: PrintSettings;
  plan: PagePlan | null;
  onHandle: (handle: PreviewHandle | null) => void;
}) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const mapElement = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const mapRef = useRef<PreviewMap | null>(null);
  const [scale, setScale] = useState(0.6);
  const [mapReady, setMapReady] = useState(false);
  const [scaleBar, setScaleBar] = useState<DrawnScaleBar | null>(null);
  const township = plan?.township?.code ?? null;
  const snapshotRef = useRef(snapshot);
  snapshotRef.current = snapshot;

  const layout = useMemo(
    () =>
      plan
        ? pageLayoutFor(plan, settings, CSS_PIXELS_PER_INCH)
        : layoutPage({
            ...settings,
            dpi: CSS_PIXELS_PER_INCH,
            subtitle: false,
            confidential: false,
            legendEntries: 0,
            tableRows: 0,
          }),
    [settings, plan],
  );

  // Fit the page into the preview area.
  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    const fitToArea = () => {
      const room = 32;
      setScale(
        Math.max(
          0.1,
          Math.min(
            (element.clientWidth - room) / layout.page.width,
            (element.clientHeight - room) / layout.page.height,
            1.25,
          ),
        ),
      );
    };
    fitToArea();
    const observer = new ResizeObserver(fitToArea);
    observer.observe(element);
    return () => observer.disconnect();
  }, [layout.page.width, layout.page.height]);

  const fitPage = useCallback(() => {
    const extent = pageExtent(snapshotRef.current, township);
    if (extent) mapRef.current?.fit(extent);
  }, [township]);

  // One preview map for the life of the view; later snapshots go through `show` below.
  useEffect(() => {
    const element = mapElement.current;
    if (!element) return;
    const map = new PreviewMap(element, snapshotRef.current, pageExtent(snapshotRef.current, null), () =>
      setMapReady(true),
    );
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      setMapReady(false);
      map.remove();
    };
  }, []);

  useEffect(() => {
    onHandle({ extent: () => mapRef.current?.extent() ?? null, fit: fitPage });
    return () => onHandle(null);
  }, [onHandle, fitPage]);

  // The same style as the export, data inline, with the page's township highlighted.
  useEffect(() => {
    if (mapReady) mapRef.current?.show(snapshot, township);
  }, [snapshot, township, mapReady]);

  // A new page kind (district or a township) starts at its own extent.
  useEffect(() => {
    if (mapReady) fitPage();
  }, [mapReady, fitPage]);

  // A new paper size or orientation starts again from the page's own extent (a tall area does
  // not fit a wide sheet the same way).
  const sizeKey = `${layout.map.width}x${layout.map.height}`;
  const lastSize = useRef(sizeKey);
  useLayoutEffect(() => {
    const map = mapRef.current;
    if (!map || lastSize.current === sizeKey) return;
    lastSize.current = sizeKey;
    map.resize();
    fitPage();
  }, [sizeKey, fitPage]);

  const draw = useCallback(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || !plan) return;
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    element.width = Math.round(layout.page.width * ratio);
    element.height = Math.round(layout.page.height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const metres = mapReady ? (mapRef.current?.metresPerPixel() ?? null) : null;
    const composed = composePage(context, pageDrawing(plan, layout, metres), null);
    setScaleBar(composed.scaleBar);
  }, [layout, plan, mapReady]);

  useEffect(() => {
    draw();
    const map = mapRef.current;
    if (!map) return;
    let frame = 0;
    const stop = map.onMove(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    });
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [draw]);

  return (
    <div className="print-preview" ref={area} data-testid="print-preview">
      <div
        className="print-sheet-frame"
        style={{ width: layout.page.width * scale, height: layout.page.height * scale }}
      >
        <div
          className="print-sheet"
          style={{ width: layout.page.width, height: layout.page.height, transform: `scale(${scale})` }}
          data-testid="print-sheet"
          data-paper={settings.paper}
          data-orientation={settings.orientation}
        >
          <div
            ref={mapElement}
            className="print-sheet-map"
            style={boxStyle(layout.map)}
            data-testid="print-map"
          />
          <canvas
            ref={canvas}
            className="print-sheet-canvas"
            style={{ width: layout.page.width, height: layout.page.height }}
            aria-label={t('printPreviewLabel')}
            role="img"
          />
          {plan ? (
            <>
              <div className="print-marker" style={boxStyle(layout.title)} data-testid="print-title">
                {plan.text.title}
              </div>
              {layout.subtitle && plan.text.subtitle ? (
                <div className="print-marker" style={boxStyle(layout.subtitle)} data-testid="print-subtitle">
                  {plan.text.subtitle}
                </div>
              ) : null}
              <div className="print-marker" style={boxStyle(layout.legend)} data-testid="print-legend">
                {plan.legend
                  .map((entry) => ('count' in entry ? `${entry.label} ${entry.count}` : entry.label))
                  .join(t('printListSeparator'))}
              </div>
              <div
                className="print-marker"
                style={boxStyle(layout.northArrow)}
                data-testid="print-north-arrow"
              />
              <div
                className="print-marker"
                style={boxStyle(layout.scaleBar)}
                data-testid="print-scale-bar"
                data-metres={scaleBar?.metres}
              >
                {scaleBar?.label ?? ''}
              </div>
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
