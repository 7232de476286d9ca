/** Minutes to travel every edge of a road graph in one mode. */
import type { TravelMode } from '../../domain/distance-model.ts';
import { ROAD_CLASSES } from '../../domain/road-network.ts';
import type { TravelSettings } from '../../domain/travel-settings.ts';
import type { RoadGraph } from './build-road-graph.ts';

/** Minutes per metre at a speed in km/h. */
export function minutesPerMetre(kilometresPerHour: number): number {
  return 60 / (kilometresPerHour * 1000);
}

/**
 * Minutes per edge: on foot and by bicycle at the mode's one speed on every road; by bus at the
 * speed of the edge's road class, or the line's own speed when it has one and the settings say
 * so.
 * @example weighEdges(graph, 'walk', DEFAULT_TRAVEL_SETTINGS)[0] // metres of edge 0 ÷ 75
 */
export function weighEdges(graph: RoadGraph, mode: TravelMode, settings: TravelSettings): Float64Array {
  const minutes = new Float64Array(graph.edgeCount);
  if (mode !== 'bus') {
    const perMetre = minutesPerMetre(mode === 'walk' ? settings.walkSpeed : settings.bikeSpeed);
    for (let edge = 0; edge < graph.edgeCount; edge++)
      minutes[edge] = (graph.edgeMetres[edge] ?? 0) * perMetre;
    return minutes;
  }
  const perMetreOfClass = Float64Array.from(ROAD_CLASSES, (roadClass) =>
    minutesPerMetre(settings.busSpeeds[roadClass]),
  );
  for (let edge = 0; edge < graph.edgeCount; edge++) {
    const own = graph.edgeSpeed[edge] ?? Number.NaN;
    const perMetre =
      settings.busUsesLineSpeed && own > 0
        ? minutesPerMetre(own)
        : (perMetreOfClass[graph.edgeClass[edge] ?? 0] ?? 0);
    minutes[edge] = (graph.edgeMetres[edge] ?? 0) * perMetre;
  }
  return minutes;
}
