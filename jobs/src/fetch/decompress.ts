import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from './types.ts';

export const acceptedEncodings = 'gzip, deflate, br';

// Servers often end a compressed body without its trailer; browsers accept that, and so does a sync flush.
const zlibOptions = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const brotliOptions = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

/**
 * The decoders that undo a Content-Encoding header, in the order the body must pass through them
 * (the header lists the encodings in the order they were applied).
 */
export function createDecoders(contentEncoding: string | undefined, host: string): Transform[] {
  const encodings = (contentEncoding ?? '')
    .split(',')
    .map((encoding) => encoding.trim().toLowerCase())
    .filter((encoding) => encoding !== '' && encoding !== 'identity');
  return encodings.reverse().map((encoding) => {
    switch (encoding) {
      case 'gzip':
      case 'x-gzip':
        return zlib.createGunzip(zlibOptions);
      case 'deflate':
        return zlib.createInflate(zlibOptions);
      case 'br':
        return zlib.createBrotliDecompress(brotliOptions);
      default:
        throw new FetchError('network_error', `${host} sent a body with unsupported Content-Encoding "${encoding}"`);
    }
  });
}
