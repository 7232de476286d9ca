/** The legend's rows for the reference layers shown and the basemap's credit. */

import { selectActiveBasemap } from '../../store/context-selectors.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';

export function ReferenceLegend() {
  const { t } = useTranslation();
  const layers = useAtlasStore((state) => state.referenceLayers);
  const basemap = useAtlasStore(selectActiveBasemap);
  const shown = layers.filter((layer) => layer.visible);
  const attribution =
    basemap?.kind === 'archive'
      ? basemap.info.attribution || basemap.name
      : basemap?.kind === 'service'
        ? basemap.service.attribution || basemap.service.name
        : null;
  if (shown.length === 0 && !attribution) return null;
  return (
    <ul className="legend-reference" data-testid="legend-reference">
      {[...shown].reverse().map((layer) => (
        <li key={layer.id} title={t('legendReferenceSource', { source: layer.source })}>
          <span
            className={`line-sample reference${layer.kind === 'red-line' ? ' dashed' : ''}`}
            style={{ borderColor: layer.colour }}
          />
          <span>
            {layer.name}
            <small className="legend-source">{layer.source}</small>
          </span>
        </li>
      ))}
      {attribution ? (
        <li className="legend-basemap" data-testid="legend-basemap">
          {t('legendBasemap', { attribution })}
        </li>
      ) : null}
    </ul>
  );
}
