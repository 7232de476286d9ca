/**
 * A small Mapbox Vector Tile (MVT 2.1) encoder for the tests: layers of points, lines and
 * polygons with string properties, in tile coordinates (0…extent). Written out here because the
 * tests need only these few lines of the protocol-buffer format.
 */

/** One feature in tile coordinates. */
export interface TileFeature {
  type: 'point' | 'line' | 'polygon';
  /** Points: one ring of points; lines: one line per ring; polygons: rings, outer clockwise in tile space. */
  rings: [number, number][][];
  properties: Record<string, string | number>;
}

/** One layer. */
export interface TileLayer {
  name: string;
  features: TileFeature[];
}

class Writer {
  readonly bytes: number[] = [];
  varint(value: number): void {
    let rest = value;
    while (rest > 0x7f) {
      this.bytes.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    this.bytes.push(rest);
  }
  key(field: number, wire: number): void {
    this.varint((field << 3) | wire);
  }
  message(field: number, body: Writer): void {
    this.key(field, 2);
    this.varint(body.bytes.length);
    this.bytes.push(...body.bytes);
  }
  text(field: number, text: string): void {
    const encoded = new TextEncoder().encode(text);
    this.key(field, 2);
    this.varint(encoded.length);
    this.bytes.push(...encoded);
  }
  packed(field: number, values: number[]): void {
    const body = new Writer();
    for (const value of values) body.varint(value);
    this.message(field, body);
  }
}

const zigzag = (value: number) => (value << 1) ^ (value >> 31);
const command = (id: number, count: number) => (id & 7) | (count << 3);

function geometry(feature: TileFeature): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  const moveTo = (point: [number, number]) => {
    out.push(zigzag(point[0] - x), zigzag(point[1] - y));
    [x, y] = point;
  };
  if (feature.type === 'point') {
    const points = feature.rings.flat();
    out.push(command(1, points.length));
    for (const point of points) moveTo(point);
    return out;
  }
  for (const ring of feature.rings) {
    const points = feature.type === 'polygon' ? ring.slice(0, -1) : ring;
    const [first, ...rest] = points;
    if (!first) continue;
    out.push(command(1, 1));
    moveTo(first);
    out.push(command(2, rest.length));
    for (const point of rest) moveTo(point);
    if (feature.type === 'polygon') out.push(command(7, 1));
  }
  return out;
}

/**
 * The encoded tile.
 * @example encodeVectorTile([{ name: 'roads', features: [{ type: 'line', rings: [[[0, 0], [4096, 4096]]], properties: { kind: 'major_road' } }] }])
 */
export function encodeVectorTile(layers: readonly TileLayer[], extent = 4096): Uint8Array {
  const tile = new Writer();
  for (const layer of layers) {
    const body = new Writer();
    body.key(15, 0);
    body.varint(2);
    body.text(1, layer.name);
    const keys: string[] = [];
    const values: string[] = [];
    const indexOf = (list: string[], item: string) => {
      const at = list.indexOf(item);
      if (at >= 0) return at;
      list.push(item);
      return list.length - 1;
    };
    layer.features.forEach((feature, position) => {
      const encoded = new Writer();
      encoded.key(1, 0);
      encoded.varint(position + 1);
      const tags = Object.entries(feature.properties).flatMap(([key, value]) => [
        indexOf(keys, key),
        indexOf(values, String(value)),
      ]);
      encoded.packed(2, tags);
      encoded.key(3, 0);
      encoded.varint(feature.type === 'point' ? 1 : feature.type === 'line' ? 2 : 3);
      encoded.packed(4, geometry(feature));
      body.message(2, encoded);
    });
    for (const key of keys) body.text(3, key);
    for (const value of values) {
      const encoded = new Writer();
      encoded.text(1, value);
      body.message(4, encoded);
    }
    body.key(5, 0);
    body.varint(extent);
    tile.message(3, body);
  }
  return Uint8Array.from(tile.bytes);
}
