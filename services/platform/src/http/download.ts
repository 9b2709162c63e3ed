/**
 * File answers (a PDF, a CSV report): a route returns `{ body: new Download(...) }` and the edge streams it with its
 * media type instead of JSON. Errors must be decided before the first byte (a problem cannot follow a 200), so
 * whatever can refuse the request (access, row limit) runs in the handler before the Download is returned.
 */
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class Download {
  constructor(
    readonly contentType: string,
    readonly content: Readable | Buffer,
    /** Offered as the file name (`Content-Disposition: attachment`). */
    readonly filename?: string,
  ) {}
}

/** Sends a Download; a stream failing half-way aborts the response (the client sees a truncated body, not a 200 OK). */
export async function sendDownload(res: Response, status: number, download: Download): Promise<void> {
  res.status(status).setHeader('content-type', download.contentType);
  if (download.filename) {
    const safe = download.filename.replace(/[^A-Za-z0-9._-]/g, '_');
    res.setHeader('content-disposition', `attachment; filename="${safe}"`);
  }
  if (Buffer.isBuffer(download.content)) {
    res.end(download.content);
    return;
  }
  try {
    await pipeline(download.content, res);
  } catch {
    res.destroy();
  }
}
