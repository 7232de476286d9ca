/** The data-source line under the map, and the roster rows that could not be read. */
import { useState } from 'react';
import { isSampleRoster } from '../domain/school.ts';
import { useAtlasStore } from '../store/index.ts';
import { joinClauses } from './overview/overview-text.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useTranslation } from './use-translation.ts';

export function StatusLine() {
  const { t, tm } = useTranslation();
  const messages = useAtlasStore((state) => state.rosterMessages);
  const sample = useAtlasStore((state) => isSampleRoster(state.schools));
  const approximate = useAtlasStore(
    (state) => state.townships?.features.some((feature) => feature.properties.approximate) ?? true,
  );
  const sources = [
    t('sourceDistrict'),
    approximate ? t('sourceTownshipsApproximate') : t('sourceTownshipsOfficial'),
    sample ? t('sourceSchoolsSample') : t('sourceSchoolsUser'),
  ];
  const [expanded, setExpanded] = useState(false);
  return (
    <footer className="status-line" data-testid="status-line">
      <span data-testid="data-source">{t('dataSource', { source: joinClauses(t, sources) })}</span>
      <SaveStatus />
      {messages.length > 0 ? (
        <button type="button" className="link warn" onClick={() => setExpanded((value) => !value)}>
          {t('rowsRejected', { count: messages.length })}
        </button>
      ) : null}
      {expanded ? (
        <ul className="row-messages">
          {messages.map((text, index) => (
            // Two rows can have the same problem in the same words; their order never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list from one load
            <li key={index}>{tm(text)}</li>
          ))}
        </ul>
      ) : null}
    </footer>
  );
}
