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

/** What a refused request may still send after its answer: read and dropped, never kept. */
const DRAIN_BYTES = 4 * 1024 * 1024;
const DRAIN_MS = 1000;
/** A refused sender that pauses this long is not sending a body: the connection is cut. */
const DRAIN_IDLE_MS = 300;

/**
 * Answers a request whose body is not (or no longer) read, then closes the connection. The answer
 * is written whole at once (its length is known, so the client has all of it), but it is ended,
 * which closes the socket, only once the rest of the body is in: closing a socket while bytes
 * still arrive resets the connection, and an ordinary client (Node's fetch) then loses the answer
 * and sees the reset. What arrives meanwhile is read and dropped, up to DRAIN_BYTES within
 * DRAIN_MS and with no pause over DRAIN_IDLE_MS; past any of them the connection is cut, so a
 * refused sender cannot keep it.
 */
export function answerUnread(req: Request, res: Response, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    connection: 'close',
  });
  res.write(text);
  if (req.complete) {
    res.end();
    return;
  }
  let drained = 0;
  const stop = () => {
    clearTimeout(idle);
    clearTimeout(total);
  };
  const cut = () => {
    stop();
    req.socket.destroy();
  };
  const idle = setTimeout(cut, DRAIN_IDLE_MS);
  const total = setTimeout(cut, DRAIN_MS);
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_BYTES) cut();
    else idle.refresh();
  });
  req.once('end', () => {
    stop();
    res.end();
  });
  req.once('close', stop);
  req.resume();
}
