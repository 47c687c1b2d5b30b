/** An error answer of the simulated API: a status and the `{"Detail": …}` message. */
export class SimHttpError extends Error {
  override readonly name = 'SimHttpError';

  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export const notFound = (detail: string): SimHttpError => new SimHttpError(404, detail);
export const conflict = (detail: string): SimHttpError => new SimHttpError(409, detail);
export const badRequest = (detail: string): SimHttpError => new SimHttpError(400, detail);
export const forbidden = (detail = 'You do not have the proper permissions for this call.'): SimHttpError =>
  new SimHttpError(403, detail);
