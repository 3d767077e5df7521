import { loadProposalForExport } from '@cni/db';
import type { RouteHandler } from '@hono/zod-openapi';
import { renderProposalDocx } from '../../export/proposal-docx.ts';
import { renderProposalMarkdown } from '../../export/proposal-markdown.ts';
import type { AppEnv } from '../../lib/app-env.ts';
import { verbCtx } from '../../lib/verb-ctx.ts';
import { docxMediaType, type exportDocx as exportDocxRoute, type exportMarkdown as exportMarkdownRoute } from './proposal-export.routes.ts';

/** An ASCII fallback name for old clients and the title itself, percent-encoded, for the rest (RFC 6266). */
function attachment(title: string, extension: string): string {
  return `attachment; filename="proposal.${extension}"; filename*=UTF-8''${encodeURIComponent(`${title}.${extension}`)}`;
}

export const exportDocx: RouteHandler<typeof exportDocxRoute, AppEnv> = async (c) => {
  const data = await loadProposalForExport({ ctx: verbCtx(c), proposalId: c.req.valid('param').id });
  const file = await renderProposalDocx(data, c.req.valid('query').lang);
  c.header('Content-Type', docxMediaType);
  c.header('Content-Disposition', attachment(data.proposal.title, 'docx'));
  return c.body(new Uint8Array(file), 200);
};

export const exportMarkdown: RouteHandler<typeof exportMarkdownRoute, AppEnv> = async (c) => {
  const data = await loadProposalForExport({ ctx: verbCtx(c), proposalId: c.req.valid('param').id });
  c.header('Content-Type', 'text/markdown; charset=utf-8');
  c.header('Content-Disposition', attachment(data.proposal.title, 'md'));
  return c.body(renderProposalMarkdown(data, c.req.valid('query').lang), 200);
};
