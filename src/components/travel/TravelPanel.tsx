/**
 * The 距离 section of the analysis panel: 直线距离 or 道路时间 and the mode, the road network in
 * use (a 示例 badge for the sample), the isochrone and road layers, the barriers, and the time
 * thresholds of the mode with their sources — each editable, as rule-set settings.
 */
import { useShallow } from 'zustand/react/shallow';
import { TRAVEL_MODES, type TravelMode } from '../../domain/distance-model.ts';
import { SERVICE_KINDS } from '../../domain/radius.ts';
import { ROAD_CLASSES } from '../../domain/road-network.ts';
import { DEFAULT_TRAVEL_SETTINGS, travelNote, withTravelThreshold } from '../../domain/travel-settings.ts';
import { serviceKindLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { NumberInput } from '../NumberInput.tsx';
import { useTranslation } from '../use-translation.ts';
import { ROAD_CLASS_KEYS } from './road-class-label.ts';
import './travel.css';

export function TravelPanel() {
  const { t, tm, language } = useTranslation();
  const { distance, roads, barriers, layers, ruleSet } = useAtlasStore(
    useShallow((state) => ({
      distance: state.distance,
      roads: state.roads,
      barriers: state.barriers,
      layers: state.analysisLayers,
      ruleSet: state.ruleSet,
    })),
  );
  const { setDistance, setAnalysisLayers, setTravelSettings, replaceData } = useAtlasStore.getState();
  const travel = ruleSet?.travel ?? DEFAULT_TRAVEL_SETTINGS;
  const mode: TravelMode = distance.model === 'road' ? distance.mode : 'walk';
  const road = distance.model === 'road' && roads !== null;
  const note = (path: string) => travelNote(travel, path, language) ?? t('travelToolSetting');
  return (
    <fieldset className="travel-panel" data-testid="travel-panel">
      <legend>{t('travelDistanceTitle')}</legend>
      <div className="segmented">
        <div role="radiogroup" aria-label={t('travelDistanceTitle')}>
          <label className={road ? '' : 'on'}>
            <input
              type="radio"
              name="distance-model"
              checked={!road}
              onChange={() => setDistance({ model: 'straight' })}
              data-testid="distance-straight"
            />
            {t('travelStraight')}
          </label>
          <label className={road ? 'on' : roads ? '' : 'disabled'}>
            <input
              type="radio"
              name="distance-model"
              checked={road}
              disabled={!roads}
              onChange={() => setDistance({ model: 'road', mode })}
              data-testid="distance-road"
            />
            {t('travelRoad')}
          </label>
        </div>
      </div>
      <label className="import-option">
        <span>{t('travelModeLabel')}</span>
        <select
          value={mode}
          disabled={!road}
          onChange={(event) => setDistance({ model: 'road', mode: event.target.value as TravelMode })}
          data-testid="distance-mode"
        >
          {TRAVEL_MODES.map((item) => (
            <option key={item} value={item}>
              {t(`travelMode_${item}`)}
            </option>
          ))}
        </select>
      </label>
      {roads ? (
        <p className="help" data-testid="travel-network">
          {t('travelNetworkInfo', { file: roads.file, lines: roads.lines.length })}
          {roads.sample ? (
            <span className="sample-badge small" title={t('roadSampleNote')}>
              {t('travelSampleBadge')}
            </span>
          ) : null}
        </p>
      ) : (
        <p className="help" data-testid="travel-no-roads">
          {t('travelNoRoads')}
        </p>
      )}
      {distance.model === 'road' && !roads ? (
        <p className="help warn">{t('travelRoadNeedsNetwork')}</p>
      ) : null}
      {roads ? (
        <>
          <label className="check-row">
            <input
              type="checkbox"
              checked={layers.isochrones}
              disabled={!road}
              onChange={(event) => setAnalysisLayers({ isochrones: event.target.checked })}
              data-testid="layer-isochrones"
            />
            <span className="check-label">
              {t('travelLayerIsochrones', { bands: travel.bands.join('/') })}
            </span>
          </label>
          <label className="check-row">
            <input
              type="checkbox"
              checked={layers.roads}
              onChange={(event) => setAnalysisLayers({ roads: event.target.checked })}
              data-testid="layer-roads"
            />
            <span className="check-label">{t('travelLayerRoads')}</span>
          </label>
        </>
      ) : null}
      <h4>{t('travelBarriersTitle')}</h4>
      <ul className="travel-barriers">
        {barriers.map((barrier, index) => (
          <li key={`${barrier.file}-${barrier.source}-${barrier.lines.length}`}>
            {t('travelBarrierItem', {
              file: barrier.file,
              lines: barrier.lines.length,
              source: barrier.source,
            })}{' '}
            <button
              type="button"
              className="link"
              onClick={() => replaceData({ barriers: barriers.filter((_, position) => position !== index) })}
            >
              {t('travelBarrierRemove')}
            </button>
          </li>
        ))}
        {barriers.length === 0 ? <li className="muted">{t('travelNoBarriers')}</li> : null}
      </ul>
      {road && ruleSet ? (
        <>
          <h4>{t('travelThresholdsTitle', { mode: t(`travelMode_${mode}`) })}</h4>
          <table className="radius-table" data-testid="travel-thresholds">
            <thead>
              <tr>
                <th />
                <th scope="col">{t('urban')}</th>
                <th scope="col">{t('rural')}</th>
              </tr>
            </thead>
            <tbody>
              {SERVICE_KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row">{serviceKindLabel(language, kind)}</th>
                  {(['urban', 'rural'] as const).map((area) => {
                    const value = travel.thresholds[mode][kind][area];
                    return (
                      <td key={area}>
                        {value === null ? (
                          <span className="muted">{t('districtWide')}</span>
                        ) : (
                          <NumberInput
                            label={`${serviceKindLabel(language, kind)} ${t(area)}`}
                            value={value}
                            step={5}
                            onCommit={(minutes) => {
                              if (!(minutes > 0 && minutes <= 600)) return t('travelMinutesRange');
                              const refused = setTravelSettings(
                                withTravelThreshold(travel, mode, kind, area, minutes),
                              );
                              return refused === null ? null : tm(refused);
                            }}
                            testId={`travel-threshold-${kind}-${area}`}
                          />
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="help">
            {t('travelThresholdSources', {
              urban: note(`thresholds.${mode}.urban`),
              rural: note(`thresholds.${mode}.rural`),
            })}
          </p>
          <p className="help">
            {t('travelSpeedsLine', {
              speed:
                mode === 'bus'
                  ? ROAD_CLASSES.map(
                      (roadClass) => `${t(ROAD_CLASS_KEYS[roadClass])} ${travel.busSpeeds[roadClass]}`,
                    ).join(t('printListComma'))
                  : String(mode === 'walk' ? travel.walkSpeed : travel.bikeSpeed),
              offRoad: travel.offRoadSpeed,
              note: note(mode === 'bus' ? 'busSpeeds' : `${mode}Speed`),
            })}
          </p>
        </>
      ) : null}
    </fieldset>
  );
}
