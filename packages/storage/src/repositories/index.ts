import type { Repositories } from '@aftermath/core';
import type { Scope } from '../scope';
import { createActionItemRepository } from './action-item.repository';
import { createBlobReferenceRepository } from './blob-reference.repository';
import { createDirectoryRepository } from './directory.repository';
import { createEvidenceRepository } from './evidence.repository';
import { createIncidentRepository } from './incident.repository';
import { createMetricsRepository } from './metrics.repository';
import { createMilestoneDecisionRepository } from './milestone-decision.repository';
import { createPostmortemRepository } from './postmortem.repository';
import { createSearchRepository } from './search/search.repository';
import { createServiceRepository } from './service.repository';
import { createSettingsRepository } from './settings.repository';
import { createSloRepository } from './slo.repository';
import { createTimelineRepository } from './timeline.repository';
import { createWebhookDeliveryRepository } from './webhook-delivery.repository';
import { createCommentRepository } from './comment.repository';
import { createReviewRepository } from './review.repository';
import { createRevisionRepository } from './revision.repository';
import { createJobRepository } from './job.repository';
import { createActionVerificationRepository } from './action-verification.repository';
import { createAccountRepository } from './identity/account.repository';
import { createApiTokenRepository } from './identity/api-token.repository';
import { createLoginAttemptRepository } from './identity/login-attempt.repository';
import { createSessionRepository } from './identity/session.repository';
import { createTrackerLinkRepository } from './tracker-link.repository';
import { createAccessRepository } from './access.repository';
import { createAuditRepository } from './audit.repository';
import { createPostmortemLinkRepository } from './postmortem-link.repository';
import { withAuditLog } from '../audit-hook';
import { withMetricSummaries } from '../metrics-summary-hook';

/**
 * Every repository, all running their statements through `scope`, every write audited and the
 * metrics summary kept with it.
 */
export function createRepositories(scope: Scope): Repositories {
  return withAuditLog(withMetricSummaries(createPlainRepositories(scope), scope), scope);
}

function createPlainRepositories(scope: Scope): Repositories {
  return {
    incidents: createIncidentRepository(scope),
    timeline: createTimelineRepository(scope),
    postmortems: createPostmortemRepository(scope),
    actions: createActionItemRepository(scope),
    services: createServiceRepository(scope),
    directory: createDirectoryRepository(scope),
    settings: createSettingsRepository(scope),
    slos: createSloRepository(scope),
    evidence: createEvidenceRepository(scope),
    search: createSearchRepository(scope),
    milestoneDecisions: createMilestoneDecisionRepository(scope),
    blobReferences: createBlobReferenceRepository(scope),
    webhookDeliveries: createWebhookDeliveryRepository(scope),
    reviews: createReviewRepository(scope),
    comments: createCommentRepository(scope),
    revisions: createRevisionRepository(scope),
    jobs: createJobRepository(scope),
    actionVerifications: createActionVerificationRepository(scope),
    accounts: createAccountRepository(scope),
    sessions: createSessionRepository(scope),
    apiTokens: createApiTokenRepository(scope),
    loginAttempts: createLoginAttemptRepository(scope),
    metrics: createMetricsRepository(scope),
    trackerLinks: createTrackerLinkRepository(scope),
    access: createAccessRepository(scope),
    audit: createAuditRepository(scope),
    postmortemLinks: createPostmortemLinkRepository(scope),
  };
}
