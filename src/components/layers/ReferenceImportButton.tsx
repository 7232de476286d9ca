/**
 * The 参考图层 section's import button: opens the one import dialog (the top bar's 导入) at its
 * 参考图层 tab.
 */
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';

export function ReferenceImportButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="ghost edit-control"
      onClick={() => useAtlasStore.getState().openImportDialog('reference')}
      data-testid="reference-import"
    >
      {t('referenceImport')}
    </button>
  );
}
