import type { Request, RequestHandler, Response } from 'restify';

/** Why a body was refused, as the turn log line names it. */
export type BodyRefusal = 'encoded_body' | 'too_large' | 'malformed_json' | 'body_error';

const STATUS: Readonly<Record<BodyRefusal, number>> = {
  encoded_body: 415,
  too_large: 413,
  malformed_json: 400,
  body_error: 400,
};

const MESSAGE: Readonly<Record<BodyRefusal, string>> = {
  encoded_body: 'send the body without a content encoding',
  too_large: 'the body is too large',
  malformed_json: 'the body is not valid JSON',
  body_error: 'the body could not be read',
};

/**
 * Reads a JSON request body into `req.body`, refusing what a Bot Framework channel never sends:
 * a compressed body (415: unpacking would take the size cap off), more than `maxBytes` (413,
 * counted while it arrives, never buffered past the cap) and anything that is not JSON (400). The
 * refusal echoes nothing of the body and is reported once through `onRefused` for the turn log.
 */
export function readJsonBody(
  maxBytes: number,
  onRefused: (refusal: BodyRefusal, status: number) => void
): RequestHandler {
  return (req: Request, res: Response, next) => {
    const refuse = (refusal: BodyRefusal) => {
      const status = STATUS[refusal];
      answerUnread(req, res, status, { error: MESSAGE[refusal] });
      onRefused(refusal, status);
      next(false);
    };
    const encoding = String(req.headers['content-encoding'] ?? '')
      .trim()
      .toLowerCase();
    if (encoding !== '' && encoding !== 'identity') return refuse('encoded_body');
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return refuse('too_large');

    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (refusal?: BodyRefusal) => {
      if (settled) return;
      settled = true;
      req.removeAllListeners('data');
      if (refusal) return refuse(refusal);
      try {
        (req as Request & { body: unknown }).body = JSON.parse(
          Buffer.concat(chunks, size).toString('utf8')
        );
      } catch {
        return refuse('malformed_json');
      }
      next();
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return settle('too_large');
      chunks.push(chunk);
    });
    req.once('end', () => settle());
    req.once('error', () => settle('body_error'));
  };
}

/**
 * Answers a request whose body is not (or no longer) read: the rest of it is never read, and the
 * connection closes after the answer, so a refused sender cannot keep it.
 */
export function answerUnread(req: Request, res: Response, status: number, body: object): void {
  res.setHeader('connection', 'close');
  res.send(status, body);
  res.once('finish', () => req.destroy());
}
