/** The chosen service kind (幼儿园 / 小学 / …), shared by 分析 and 选址: circles, gaps, candidates and suggestions follow it. */
import { SERVICE_KINDS, type ServiceKind } from '../domain/radius.ts';
import { serviceKindLabel } from '../i18n/index.ts';
import { useAtlasStore } from '../store/index.ts';
import { useTranslation } from './use-translation.ts';

export function ServiceKindSelect({ testId, id }: { testId: string; id?: string }) {
  const { language } = useTranslation();
  const kind = useAtlasStore((state) => state.analysisKind);
  return (
    <select
      id={id}
      value={kind}
      onChange={(event) => useAtlasStore.getState().setAnalysisKind(event.target.value as ServiceKind)}
      data-testid={testId}
    >
      {SERVICE_KINDS.map((item) => (
        <option key={item} value={item}>
          {serviceKindLabel(language, item)}
        </option>
      ))}
    </select>
  );
}
