/**
 * A cap on the size of one HTTP response body, counted after decompression, so an endless or
 * decompression-bomb answer ends the request instead of filling memory.
 */
import type { CancelableRequest } from 'got';

/** 32 MiB: a full page of 1000 Litmos user profiles is a few MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

export class ResponseTooLargeError extends Error {
  override readonly name = 'ResponseTooLargeError';
  constructor(readonly limitBytes: number) {
    super(`the response body is larger than ${limitBytes} bytes`);
  }
}

/**
 * Resolves like `request`, but cancels it as soon as the declared length or the bytes received
 * (decompressed) pass `maxBytes`, and then rejects with `ResponseTooLargeError`.
 */
export function limitResponseSize<T>(request: CancelableRequest<T>, maxBytes: number): Promise<T> {
  let exceeded = false;
  const stop = (): void => {
    if (exceeded) return;
    exceeded = true;
    request.cancel();
  };
  request.on('response', (response: { headers: Record<string, string | string[] | undefined> }) => {
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) stop();
  });
  request.on('downloadProgress', (progress: { transferred: number }) => {
    if (progress.transferred > maxBytes) stop();
  });
  return request.then(
    (value) => {
      if (exceeded) throw new ResponseTooLargeError(maxBytes);
      return value;
    },
    (error: unknown) => {
      if (exceeded) throw new ResponseTooLargeError(maxBytes);
      throw error;
    },
  );
}

/** Most pages one listing may read before it is treated as a server that never ends. */
export const DEFAULT_MAX_PAGES = 10_000;
