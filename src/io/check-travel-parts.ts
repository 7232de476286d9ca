/**
 * The strict checks of a project backup's road network and barrier lines, as strict as the
 * road and barrier readers are with files: every line at least two positions of real longitude
 * and latitude, a known road class, a speed above zero or none. A bad part refuses the whole
 * backup, naming the line; nothing is half-restored.
 */
import { type Message, message } from '../domain/message.ts';
import { type BarrierLayer, ROAD_CLASSES, type RoadNetwork } from '../domain/road-network.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  const [longitude, latitude] = value as unknown[];
  return (
    typeof longitude === 'number' &&
    typeof latitude === 'number' &&
    Number.isFinite(longitude) &&
    Number.isFinite(latitude) &&
    longitude >= -180 &&
    longitude <= 180 &&
    latitude >= -90 &&
    latitude <= 90
  );
}

/** The problem of a line's positions, or null when it is a line. */
function lineProblem(value: unknown): Message | null {
  if (!Array.isArray(value) || value.length < 2) return message('projectLineTooShort');
  return value.every(isPosition) ? null : message('projectPositionInvalid');
}

/** Every problem of a saved road network (null and absent: no network, no problem). */
export function checkRoadParts(value: unknown): Message[] {
  if (value === null || value === undefined) return [];
  if (
    !isRecord(value) ||
    typeof value.file !== 'string' ||
    typeof value.sample !== 'boolean' ||
    !Array.isArray(value.lines)
  ) {
    return [message('projectRoadsNotNetwork')];
  }
  const problems: Message[] = [];
  value.lines.forEach((line: unknown, index: number) => {
    const say = (problem: Message) =>
      problems.push(message('projectRoadLineInvalid', { number: index + 1, problem }));
    if (!isRecord(line)) {
      say(message('projectLineTooShort'));
      return;
    }
    const shape = lineProblem(line.coordinates);
    if (shape) say(shape);
    if (!(ROAD_CLASSES as readonly unknown[]).includes(line.roadClass))
      say(
        message('projectRoadClassInvalid', {
          value: String(line.roadClass),
          classes: ROAD_CLASSES.join('、'),
        }),
      );
    const speed = line.speed;
    if (speed !== null && !(typeof speed === 'number' && Number.isFinite(speed) && speed > 0))
      say(message('projectRoadSpeedInvalid', { value: String(speed) }));
    if (typeof line.name !== 'string') say(message('projectRoadNameInvalid'));
  });
  return problems;
}

/** Every problem of saved barrier layers (null and absent: the default barriers, no problem). */
export function checkBarrierParts(value: unknown): Message[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [message('projectBarriersNotList')];
  const problems: Message[] = [];
  value.forEach((layer: unknown, layerIndex: number) => {
    const number = layerIndex + 1;
    if (
      !isRecord(layer) ||
      typeof layer.file !== 'string' ||
      typeof layer.source !== 'string' ||
      !Array.isArray(layer.lines)
    ) {
      problems.push(message('projectBarrierLayerInvalid', { number }));
      return;
    }
    layer.lines.forEach((line: unknown, lineIndex: number) => {
      const problem = lineProblem(line);
      if (problem)
        problems.push(
          message('projectBarrierLineInvalid', { layer: number, number: lineIndex + 1, problem }),
        );
    });
  });
  return problems;
}

/** Narrows a checked network to its type (call only when the check found nothing). */
export function asRoadNetwork(value: unknown): RoadNetwork | null {
  return (value ?? null) as RoadNetwork | null;
}

/** Narrows checked barriers to their type (call only when the check found nothing). */
export function asBarriers(value: unknown): BarrierLayer[] | null {
  return (value ?? null) as BarrierLayer[] | null;
}
