/** While a view's code loads: 正在加载… where the view will be. */
import { type ReactNode, Suspense } from 'react';
import { useTranslation } from './use-translation.ts';

export function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="view-loading" role="status">
          {t('loading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
