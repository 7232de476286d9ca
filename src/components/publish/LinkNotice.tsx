/** The plain notice over the map when the opened link was made on other data than is shown. */
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';

/** The notice, while there is one to give. */
export function LinkNotice() {
  const { t, tm } = useTranslation();
  const notice = useAtlasStore((state) => state.linkNotice);
  const dismiss = useAtlasStore((state) => state.dismissLinkNotice);
  if (!notice) return null;
  return (
    <div className="link-notice" role="alert" data-testid="link-notice">
      <span>{tm(notice)}</span>
      <button type="button" className="ghost" onClick={dismiss}>
        {t('linkNoticeDismiss')}
      </button>
    </div>
  );
}
