/** A school symbol drawn exactly as on the map, for the legend and the filter list. */
import { useEffect, useRef } from 'react';
import type { SchoolState, SchoolTypeCode } from '../domain/school.ts';
import { drawSchoolSymbol, symbolSide } from '../map/symbols.ts';
import { DEFAULT_THEME } from '../map/theme.ts';

export function SymbolIcon({ type, state = 'existing' }: { type: SchoolTypeCode; state?: SchoolState }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const style = DEFAULT_THEME.schoolTypes[type];
  const side = symbolSide(style);
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.ceil(side * ratio);
    element.height = Math.ceil(side * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, side, side);
    drawSchoolSymbol(context, style, state);
  }, [style, state, side]);
  return <canvas ref={canvas} className="symbol-icon" style={{ width: side, height: side }} />;
}
