export interface SerialisedBody {
  bytes: Uint8Array;
  contentType: string;
}

/**
 * Turns a request body into bytes once, so a 307/308 redirect can send it again. A FormData goes
 * through the platform's own multipart encoder, which writes each Blob part with its type
 * (`Content-Type: application/json` for the EU portal's `query`, `languages` and `sort`) and gives the
 * boundary in the Content-Type.
 */
export async function serialiseBody(body: FormData | string): Promise<SerialisedBody> {
  const encoded = new Response(body);
  return {
    bytes: new Uint8Array(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type') ?? 'application/octet-stream',
  };
}
