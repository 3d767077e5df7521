import { deleteOutcomeAttachment, getOutcomeAttachment, getProposalOutcome, saveOutcomeAttachment, saveProposalOutcome } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import { NotPdfError } from '../../middleware/json-body.ts';
import type * as routes from './proposal-outcome.routes.ts';

const pdfSignature = new TextEncoder().encode('%PDF-');
const fallbackName = 'evaluation.pdf';

function isPdf(content: Uint8Array): boolean {
  return content.byteLength >= pdfSignature.byteLength && pdfSignature.every((byte, index) => content[index] === byte);
}

/** The name as the person's file had it: percent-decoded, without any folder part or control characters. */
function fileNameFrom(header: string | undefined): string {
  let name = header ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded after all: keep it as sent.
  }
  name = name.split(/[/\\]/).pop()!.replace(/\p{Cc}/gu, '').trim().slice(0, 200);
  return name || fallbackName;
}

/** An ASCII fallback for old clients and the name itself, percent-encoded, for the rest (RFC 6266). */
function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const getOutcome: RouteHandler<typeof routes.getOutcome, AppEnv> = async (c) =>
  c.json(await getProposalOutcome({ ctx: verbCtx(c), proposalId: c.req.valid('param').id }), 200);

export const saveOutcome: RouteHandler<typeof routes.saveOutcome, AppEnv> = async (c) =>
  c.json(await saveProposalOutcome({ ctx: verbCtx(c), proposalId: c.req.valid('param').id, input: c.req.valid('json') }), 200);

export const putAttachment: RouteHandler<typeof routes.putAttachment, AppEnv> = async (c) => {
  const content = new Uint8Array(await c.req.arrayBuffer());
  // The declared type is the sender's word; the bytes must say PDF too before anyone downloads them as one.
  if (!isPdf(content)) throw new NotPdfError('The file is not a PDF: it does not start with %PDF-.');
  const name = fileNameFrom(c.req.valid('header')['x-file-name']);
  return c.json(await saveOutcomeAttachment({ ctx: verbCtx(c), proposalId: c.req.valid('param').id, name, content }), 200);
};

export const getAttachment: RouteHandler<typeof routes.getAttachment, AppEnv> = async (c) => {
  const file = await getOutcomeAttachment({ ctx: verbCtx(c), proposalId: c.req.valid('param').id });
  c.header('Content-Type', 'application/pdf');
  c.header('Content-Disposition', attachmentDisposition(file.name));
  return c.body(new Uint8Array(file.content), 200);
};

export const deleteAttachment: RouteHandler<typeof routes.deleteAttachment, AppEnv> = async (c) => {
  await deleteOutcomeAttachment({ ctx: verbCtx(c), proposalId: c.req.valid('param').id });
  return c.body(null, 204);
};
