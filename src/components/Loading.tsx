/**
 * While a view's code loads: 正在加载… where the view will be; if it fails to load or to draw, why
 * (`PartBoundary`), the rest of the page going on.
 */
import { type ReactNode, Suspense } from 'react';
import { type PartArea, PartBoundary } from './PartBoundary.tsx';
import { useTranslation } from './use-translation.ts';

export function Loading({ children, area }: { children: ReactNode; area?: PartArea }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="view-loading" role="status">
          {t('loading')}
        </p>
      }
    >
      <PartBoundary {...(area ? { area } : {})}>{children}</PartBoundary>
    </Suspense>
  );
}
