/** Switches between the screens: 地图, 分析, 学位, 选址 and 概览 (sharing the one map) and 打印. */

import { useAtlasStore } from '../store/index.ts';
import type { AppView } from '../store/view-slice.ts';
import { useTranslation } from './use-translation.ts';

export function ViewTabs() {
  const { t } = useTranslation();
  const view = useAtlasStore((state) => state.view);
  const setView = useAtlasStore((state) => state.setView);
  const tabs: [AppView, string][] = [
    ['map', t('viewMap')],
    ['analysis', t('viewAnalysis')],
    ['seats', t('viewSeats')],
    ['planning', t('viewPlanning')],
    ['overview', t('viewOverview')],
    ['print', t('viewPrint')],
  ];
  return (
    <nav className="view-tabs" aria-label={t('viewsLabel')}>
      {tabs.map(([id, label]) => (
        <button
          key={id}
          type="button"
          className={view === id ? 'on' : ''}
          aria-current={view === id ? 'page' : undefined}
          onClick={() => setView(id)}
          data-testid={`view-${id}`}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
