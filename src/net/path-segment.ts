/**
 * One path segment of an API request, percent-encoded. Empty, `.` and `..` segments are refused:
 * `encodeURIComponent` leaves dots alone and URL parsing collapses them, so an ID of `..` would turn
 * `DELETE /teams/{id}/users/{u}` into a call on another path.
 */

export class UnsafePathSegmentError extends Error {
  override readonly name = 'UnsafePathSegmentError';
}

/** Encodes `value` as one path segment; throws `UnsafePathSegmentError` for '', '.', '..'. */
export function encodePathSegment(value: string): string {
  if (value === '' || value === '.' || value === '..') {
    throw new UnsafePathSegmentError(
      value === '' ? 'an ID in the request path is empty' : `"${value}" is not a valid ID in a request path`,
    );
  }
  return encodeURIComponent(value);
}
