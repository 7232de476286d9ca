/** A canvas's pixels encoded as an image file, as the writers embed them. */
import { MessageError, message } from '../../domain/message.ts';

/**
 * The canvas as PNG or JPEG bytes.
 * @throws MessageError when the browser cannot encode it (e.g. out of memory)
 */
export function encodeCanvas(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number) {
  return new Promise<Uint8Array>((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (!blob) {
          reject(new MessageError(message('printErrorEncode', { type })));
          return;
        }
        blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
      },
      type,
      quality,
    );
  });
}
