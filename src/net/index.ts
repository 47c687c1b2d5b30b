/** HTTP safety rules shared by the Litmos and ConductorOne clients. */
export { displayOrigin, endpointProblem, endpointUrlProblem, isLoopbackHost } from './endpoint.js';
export { encodePathSegment, UnsafePathSegmentError } from './path-segment.js';
export {
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_RESPONSE_BYTES,
  limitResponseSize,
  ResponseTooLargeError,
} from './response-limit.js';
