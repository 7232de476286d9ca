/**
 * The live page preview: the page drawn by the export's own layout and compose code at 96 DPI,
 * over a live map at exactly the export map's CSS size (so the export shows what this shows, at
 * a higher pixel ratio). Pan and zoom the map to choose the printed extent.
 */
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { boundsOf } from '../../analysis/bounds-of.ts';
import { registerSchoolIcons } from '../../map/school-icons.ts';
import { appGlyphsUrl } from '../../map/style-for-state.ts';
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../../map/theme.ts';
import { composePage, type DrawnScaleBar } from '../../print/compose-page.ts';
import type { MapExtent } from '../../print/export-map.ts';
import { applyFeatureStates } from '../../print/feature-states.ts';
import { layoutPage, type Rect } from '../../print/page-layout.ts';
import { CSS_PIXELS_PER_INCH } from '../../print/paper.ts';
import {
  DISTRICT_PADDING,
  type PagePlan,
  type PrintSettings,
  pageLayoutFor,
  TOWNSHIP_PADDING,
} from '../../print/plan-pages.ts';
import type { PrintSnapshot } from '../../print/print-snapshot.ts';
import { PRINT_STATE_SOURCES, printFeatureStates, printStyle } from '../../print/print-style.ts';
import { metresPerPixel } from '../../print/scale-bar.ts';
import { useTranslation } from '../use-translation.ts';

/** The preview's map, for the export to take its camera. */
export interface PreviewHandle {
  extent(): MapExtent | null;
  fit(): void;
}

function boxStyle(rect: Rect) {
  return { left: rect.x, top: rect.y, width: rect.width, height: rect.height };
}

/** The extent a page starts at: its township, or the district. */
function initialBounds(snapshot: PrintSnapshot, township: string | null) {
  const feature = township
    ? snapshot.townships?.features.find((item) => item.properties.code === township)
    : null;
  if (feature) return { bounds: boundsOf(feature), padding: TOWNSHIP_PADDING };
  return snapshot.district ? { bounds: boundsOf(snapshot.district), padding: DISTRICT_PADDING } : null;
}

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
  const mapRef = useRef<maplibregl.Map | null>(null);
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
    const map = mapRef.current;
    const target = initialBounds(snapshotRef.current, township);
    if (!map || !target) return;
    const [west, south, east, north] = target.bounds;
    const element = map.getContainer();
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      {
        padding: Math.round(Math.min(element.clientWidth, element.clientHeight) * target.padding),
        animate: false,
      },
    );
  }, [township]);

  // One preview map for the life of the view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; later changes go through setStyle below
  useEffect(() => {
    const element = mapElement.current;
    if (!element) return;
    const target = initialBounds(snapshot, township);
    const map = new maplibregl.Map({
      container: element,
      style: printStyle(snapshot, appGlyphsUrl()),
      localIdeographFontFamily: LOCAL_IDEOGRAPH_FONT_FAMILY,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 18,
      minZoom: 5,
      ...(target
        ? {
            bounds: target.bounds,
            fitBoundsOptions: {
              padding: Math.round(Math.min(element.clientWidth, element.clientHeight) * target.padding),
            },
          }
        : {}),
    });
    map.touchZoomRotate.disableRotation();
    registerSchoolIcons(map, () => window.devicePixelRatio || 1);
    map.once('load', () => setMapReady(true));
    mapRef.current = map;
    return () => {
      mapRef.current = null;
      setMapReady(false);
      map.remove();
    };
  }, []);

  useEffect(() => {
    onHandle({
      extent: () => {
        const map = mapRef.current;
        if (!map || !mapReady) return null;
        const centre = map.getCenter();
        return {
          kind: 'camera',
          centre: [centre.lng, centre.lat],
          zoom: map.getZoom(),
          cssWidth: map.getContainer().clientWidth,
        };
      },
      fit: fitPage,
    });
    return () => onHandle(null);
  }, [onHandle, fitPage, mapReady]);

  // The same style as the export, data inline; feature-state once the sources are there.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapReady) return;
    map.setStyle(printStyle(snapshot, appGlyphsUrl()), { diff: true });
    const apply = () => applyFeatureStates(map, PRINT_STATE_SOURCES, printFeatureStates(snapshot, township));
    if (PRINT_STATE_SOURCES.every((source) => map.getSource(source))) apply();
    else map.once('style.load', apply);
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
    const map = mapRef.current;
    const scaleValue = map && mapReady ? metresPerPixel(map.getZoom(), map.getCenter().lat, 1) : null;
    const composed = composePage(
      context,
      { layout, text: plan.text, legend: plan.legend, table: plan.table, metresPerPixel: scaleValue },
      null,
    );
    setScaleBar(composed.scaleBar);
  }, [layout, plan, mapReady]);

  useEffect(() => {
    draw();
    const map = mapRef.current;
    if (!map) return;
    let frame = 0;
    const onMove = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    };
    map.on('move', onMove);
    return () => {
      cancelAnimationFrame(frame);
      map.off('move', onMove);
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
                  .join('；')}
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
