/**
 * The reference-layer steps of the import flow: the guesses after a read (the name, kind and
 * label field the reader found, the kind's quiet default look), the review (the layer as it
 * will be added, with the features left out and why) and the commit (the layer on top of the
 * others, one undo step).
 */
import { type Message, message } from '../../domain/message.ts';
import {
  nextReferenceLayerId,
  REFERENCE_KIND_STYLES,
  type ReferenceLayer,
  type ReferenceLayerKind,
} from '../../domain/reference-layer.ts';
import type { ReferenceLayerRead } from '../read-reference-layer.ts';
import type { ReferenceChoices } from './import-kinds.ts';

/** A read that gave a layer. */
type ReferenceRead = Extract<ReferenceLayerRead, { status: 'ok' }>;

/** What the dialog shows before the layer is added. */
export interface ReferenceReview {
  /** The layer as it will be added (its id is given at the commit). */
  layer: Omit<ReferenceLayer, 'id'>;
  read: ReferenceRead;
  /** Why the layer cannot be added yet (no name, no feature); null when it can. */
  blocked: Message | null;
}

/**
 * The guesses after a read: the reader's name, kind, label field and source, in the kind's
 * default colour and width. Choices already made for the same file are kept (a re-read with
 * another projection or encoding keeps what the user typed).
 * @example guessReferenceChoices(read, null).colour // '#4a90c8' for a river
 */
export function guessReferenceChoices(
  read: ReferenceLayerRead,
  choices: ReferenceChoices | null,
): ReferenceChoices | null {
  if (read.status !== 'ok') return choices;
  if (choices !== null) return choices;
  const { layer } = read;
  const style = REFERENCE_KIND_STYLES[layer.kind];
  return {
    name: layer.name,
    kind: layer.kind,
    colour: style.colour,
    width: style.width,
    labelField: layer.labelField,
    source: layer.source,
  };
}

/** The look of a kind, for a picker that changes the kind: its default colour and width. */
export function withReferenceKind(choices: ReferenceChoices, kind: ReferenceLayerKind): ReferenceChoices {
  return { ...choices, kind, ...REFERENCE_KIND_STYLES[kind] };
}

/** The review of a read with the choices; null when the read gave no layer. */
export function reviewReferenceImport(
  read: ReferenceLayerRead,
  choices: ReferenceChoices | null,
): ReferenceReview | null {
  if (read.status !== 'ok' || choices === null) return null;
  const name = choices.name.trim();
  const count = read.layer.features.features.length;
  const blocked =
    count === 0
      ? message('referenceNothingToAdd', { file: read.file })
      : name === ''
        ? message('referenceNameMissing')
        : null;
  return {
    layer: { ...read.layer, ...choices, name, visible: true },
    read,
    blocked,
  };
}

/** The reference layers after adding the reviewed one on top, and what to say of it. */
export function commitReferenceImport(
  review: ReferenceReview,
  layers: readonly ReferenceLayer[],
): { referenceLayers: ReferenceLayer[]; message: Message } | null {
  if (review.blocked !== null) return null;
  const layer: ReferenceLayer = { ...review.layer, id: nextReferenceLayerId(layers) };
  return {
    referenceLayers: [...layers, layer],
    message: message('referenceDone', {
      name: layer.name,
      count: layer.features.features.length,
      rejected: review.read.rejected.length,
    }),
  };
}
