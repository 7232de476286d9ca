/** The map screen's section for the basemap and the bureau's reference layers. */
import { useTranslation } from '../use-translation.ts';
import { BasemapPanel } from './BasemapPanel.tsx';
import { ReferenceImportButton } from './ReferenceImportButton.tsx';
import { ReferenceLayerList } from './ReferenceLayerList.tsx';
import './layers.css';

export function LayersPanel() {
  const { t } = useTranslation();
  return (
    <section className="layers-panel" aria-label={t('layersTitle')} data-testid="layers-panel">
      <BasemapPanel />
      <fieldset className="reference-panel">
        <legend>{t('referenceTitle')}</legend>
        <ReferenceLayerList />
        <ReferenceImportButton />
      </fieldset>
    </section>
  );
}
