/** Reading request bodies and writing answers in the shapes the Litmos API uses. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest } from './http-error.js';
import type { RequestBody, RouteResult } from './routes/index.js';
import { parseXml, xmlList, xmlRecord } from './xml.js';

const MAX_BODY_BYTES = 2_000_000;

/** The reason phrase of the recorded 500 ([REC] `python-litmos-api/module_complete.3`). */
export const WCF_ERROR_REASON =
  'The server encountered an error processing the request. Please see the server logs for more details.';

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw badRequest('The request body is too large.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON when it looks like JSON (or says so), XML when it starts with `<`; 400 when unreadable. */
export function parseBody(text: string, contentType: string | undefined): RequestBody {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none' };
  try {
    if (trimmed.startsWith('<') && !(contentType ?? '').includes('json'))
      return { kind: 'xml', root: parseXml(trimmed) };
    return { kind: 'json', value: JSON.parse(trimmed) as unknown };
  } catch {
    throw badRequest('Please check the xml/json in the body of the request');
  }
}

/** `format=json`, or an Accept header that asks for JSON; XML otherwise (the API's default). */
export function wantsJson(query: URLSearchParams, accept: string | undefined): boolean {
  return (
    query.get('format')?.toLowerCase() === 'json' || (accept ?? '').toLowerCase().includes('application/json')
  );
}

export function sendResult(res: ServerResponse, result: RouteResult, json: boolean): void {
  if (result.kind === 'empty') {
    res.writeHead(result.status, { 'content-length': '0' });
    res.end();
    return;
  }
  const payload = result.kind === 'list' ? result.items : result.record;
  if (json) {
    send(res, result.status, 'application/json; charset=utf-8', JSON.stringify(payload));
  } else {
    const xml =
      result.kind === 'list'
        ? xmlList(result.xmlRoot, result.xmlItem, result.items)
        : xmlRecord(result.xmlRoot, result.record);
    send(res, result.status, 'application/xml; charset=utf-8', xml);
  }
}

/**
 * An error answer, with the message as the reason phrase. The only recorded error with a body
 * is the 409, `{"Detail": …}` as `application/json` without a charset ([REC]
 * `create-user-already-exists.0`), so 409s get that body. The bodies of 400, 401, 403, 404, 406
 * and 503 were never recorded (facts §5: "they may be empty"; baton's own mock answers 401 and
 * 404 empty): ASSUMPTION, they are sent empty, and the message (the [SAP] text) travels in the
 * reason phrase only.
 */
export function sendDetail(res: ServerResponse, status: number, detail: string): void {
  res.statusMessage = reasonPhrase(detail);
  if (status === 409) {
    send(res, status, 'application/json', JSON.stringify({ Detail: detail }));
    return;
  }
  res.writeHead(status, { 'content-length': '0' });
  res.end();
}

/**
 * The WCF "Request Error" page Litmos serves for unhandled server errors: the structure, status
 * text and reason phrase of the recorded 500 ([REC] `module_complete.3`), without its padding.
 */
export function sendWcfErrorPage(res: ServerResponse, status: number): void {
  const code =
    status === 500 ? 'InternalServerError' : status === 503 ? 'ServiceUnavailable' : 'GatewayTimeout';
  const html =
    '<html version="-//W3C//DTD XHTML 2.0//EN" xml:lang="en" xmlns="http://www.w3.org/1999/xhtml">' +
    '<HEAD><TITLE>Request Error</TITLE></HEAD><BODY><DIV id="content">' +
    `<P class="heading1"><B>Error Status Code:</B> '${code}'</P>` +
    `<P><B>Details: </B>${WCF_ERROR_REASON}</P></DIV></BODY></html>`;
  res.statusMessage = WCF_ERROR_REASON;
  send(res, status, 'text/html', html);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

/** Reason phrases must be printable ASCII on one line. */
function reasonPhrase(text: string): string {
  const clean = text.replace(/[^\x20-\x7e]/g, ' ').trim();
  return clean === '' ? 'Error' : clean.slice(0, 200);
}
