import { createRouter } from '../../lib/create-router.ts';
import * as budgetHandlers from './proposal-budget.handlers.ts';
import * as budgetRoutes from './proposal-budget.routes.ts';
import * as commentHandlers from './proposal-comments.handlers.ts';
import * as commentRoutes from './proposal-comments.routes.ts';
import * as exportHandlers from './proposal-export.handlers.ts';
import * as exportRoutes from './proposal-export.routes.ts';
import * as outcomeHandlers from './proposal-outcome.handlers.ts';
import * as outcomeRoutes from './proposal-outcome.routes.ts';
import * as taskHandlers from './proposal-tasks.handlers.ts';
import * as taskRoutes from './proposal-tasks.routes.ts';
import * as handlers from './proposals.handlers.ts';
import * as routes from './proposals.routes.ts';

export function createProposalsRouter() {
  return createRouter()
    .openapi(routes.list, handlers.list)
    .openapi(routes.create, handlers.create)
    .openapi(routes.get, handlers.get)
    .openapi(routes.update, handlers.update)
    .openapi(routes.getSection, handlers.getSection)
    .openapi(routes.addSection, handlers.addSection)
    .openapi(routes.updateSection, handlers.updateSection)
    .openapi(routes.addMilestone, handlers.addMilestone)
    .openapi(routes.deleteMilestone, handlers.deleteMilestone)
    .openapi(budgetRoutes.getBudget, budgetHandlers.getBudget)
    .openapi(budgetRoutes.addLine, budgetHandlers.addLine)
    .openapi(budgetRoutes.updateLine, budgetHandlers.updateLine)
    .openapi(budgetRoutes.deleteLine, budgetHandlers.deleteLine)
    .openapi(taskRoutes.listTasks, taskHandlers.listTasks)
    .openapi(taskRoutes.createTask, taskHandlers.createTask)
    .openapi(taskRoutes.updateTask, taskHandlers.updateTask)
    .openapi(taskRoutes.deleteTask, taskHandlers.deleteTask)
    .openapi(taskRoutes.listPeople, taskHandlers.listPeople)
    .openapi(commentRoutes.listComments, commentHandlers.listComments)
    .openapi(commentRoutes.addComment, commentHandlers.addComment)
    .openapi(commentRoutes.resolveComment, commentHandlers.resolveComment)
    .openapi(commentRoutes.reopenComment, commentHandlers.reopenComment)
    .openapi(exportRoutes.exportDocx, exportHandlers.exportDocx)
    .openapi(exportRoutes.exportMarkdown, exportHandlers.exportMarkdown)
    .openapi(outcomeRoutes.getOutcome, outcomeHandlers.getOutcome)
    .openapi(outcomeRoutes.saveOutcome, outcomeHandlers.saveOutcome)
    .openapi(outcomeRoutes.putAttachment, outcomeHandlers.putAttachment)
    .openapi(outcomeRoutes.getAttachment, outcomeHandlers.getAttachment)
    .openapi(outcomeRoutes.deleteAttachment, outcomeHandlers.deleteAttachment);
}
