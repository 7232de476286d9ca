/**
 * The travel layers in the legend, on 分析 and 选址: the isochrone bands and the people covered
 * by the straight line but not by road (under road time), and the road classes (with 示例 for
 * the sample network).
 */
import { useShallow } from 'zustand/react/shallow';
import { ROAD_CLASSES } from '../../domain/road-network.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../domain/travel-settings.ts';
import { TRAVEL_THEME } from '../../map/layers/travel-layers.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectDistance } from '../../store/travel-selectors.ts';
import { useTranslation } from '../use-translation.ts';
import { useCostFormat } from './use-cost-format.ts';

export function TravelLegend() {
  const { t } = useTranslation();
  const { legend } = useCostFormat();
  const { view, layers, roads, distance, bands } = useAtlasStore(
    useShallow((state) => ({
      view: state.view,
      layers: state.analysisLayers,
      roads: state.roads,
      distance: selectDistance(state),
      bands: (state.ruleSet?.travel ?? DEFAULT_TRAVEL_SETTINGS).bands,
    })),
  );
  if ((view !== 'analysis' && view !== 'planning') || !roads) return null;
  const road = distance.model === 'road';
  const present = new Set(roads.lines.map((line) => line.roadClass));
  return (
    <div className="travel-legend" data-testid="travel-legend">
      <strong>{legend}</strong>
      {road && layers.isochrones
        ? bands.map((minutes, band) => (
            <span key={minutes}>
              <span
                className="swatch"
                style={{
                  background: TRAVEL_THEME.bands[band] ?? TRAVEL_THEME.bands.at(-1),
                  opacity: TRAVEL_THEME.bandOpacity + 0.3,
                }}
              />
              {t('travelLegendBand', { minutes })}
            </span>
          ))
        : null}
      {road && layers.gaps ? (
        <span>
          <span className="ring" style={{ border: `2px solid ${TRAVEL_THEME.hiddenGap}` }} />
          {t('travelLegendHiddenGap')}
        </span>
      ) : null}
      {layers.roads
        ? ROAD_CLASSES.filter((roadClass) => present.has(roadClass)).map((roadClass) => (
            <span key={roadClass}>
              <span
                className="swatch"
                style={{ background: TRAVEL_THEME.roads[roadClass].colour, height: 4 }}
              />
              {roadClass}
            </span>
          ))
        : null}
      {layers.roads && roads.sample ? (
        <span className="sample-badge small">{t('travelSampleRoadsBadge')}</span>
      ) : null}
    </div>
  );
}
