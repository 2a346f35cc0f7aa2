/**
 * What the site's developer must change when the inquiry endpoint cannot take inquiries from
 * this page (a `config` result of the outbox), in English: the `hint` of the inquiry form's
 * `mc-error`, never shown to the person.
 */
import { describeBlock } from '../index-format/index.js';
import type { SendResult } from './outbox.js';

export function setupHint(endpoint: string, result: Extract<SendResult, { status: 'config' }>): string {
  const page = (globalThis as { location?: { origin?: string } }).location?.origin ?? 'this page';
  const status = result.httpStatus;
  switch (result.problem) {
    case 'csp':
      return `Inquiry endpoint ${endpoint} ${describeBlock(endpoint, 'csp')}.`;
    case 'cors':
      return `Inquiry endpoint ${endpoint} was blocked by the browser (CORS, not the network): the server answers but does not let ${page} post to it; its answers, the OPTIONS preflight's too, must send Access-Control-Allow-Origin: ${page} and Access-Control-Allow-Headers: Content-Type, Idempotency-Key (the reference inquiry server sends them when started with --allow-origin ${page}).`;
    case 'redirect':
      return `Inquiry endpoint ${endpoint} answered with a redirect${status ? ` (HTTP ${status})` : ''}: an inquiry is not posted on to another address; set endpoint to the address that answers the POST itself.`;
    case 'status':
      return `Inquiry endpoint ${endpoint} answered HTTP ${status}${status === 404 ? ': check the endpoint address' : status === 401 || status === 403 ? `: it refuses inquiries from ${page}; check its settings for this site` : ''}.`;
  }
}
