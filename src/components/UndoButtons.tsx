/** Undo and redo of data changes (edits, imports, restores), with Ctrl+Z / Ctrl+Y. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAtlasStore } from '../store/index.ts';
import { useTranslation } from './use-translation.ts';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function UndoButtons() {
  const { t } = useTranslation();
  const canUndo = useStore(useAtlasStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useAtlasStore.temporal, (state) => state.futureStates.length > 0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const { undo, redo } = useAtlasStore.temporal.getState();
      if (key === 'z' && !event.shiftKey) undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className="ghost"
        disabled={!canUndo}
        onClick={() => useAtlasStore.temporal.getState().undo()}
        title={`${t('undo')} (Ctrl+Z)`}
        data-testid="undo"
      >
        {t('undo')}
      </button>
      <button
        type="button"
        className="ghost"
        disabled={!canRedo}
        onClick={() => useAtlasStore.temporal.getState().redo()}
        title={`${t('redo')} (Ctrl+Y)`}
        data-testid="redo"
      >
        {t('redo')}
      </button>
    </>
  );
}
