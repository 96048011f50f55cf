import type { ErrorCode, ErrorDetail } from '@aftermath/domain';
import type { ErrorBody } from '@aftermath/contract';

/** HTTP status for each domain error code; the domain itself never speaks HTTP. */
export const statusByCode: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  setup_required: 401,
  rate_limited: 429,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  failed_precondition: 409,
  milestone_order: 422,
  version_mismatch: 412,
  precondition_required: 428,
  unsupported: 415,
  payload_too_large: 413,
  unavailable: 503,
  internal: 500,
};

/** The error body of DESIGN §3. */
export function errorBody(code: string, message: string, details: ErrorDetail[] = []): ErrorBody {
  return { error: { code, message, details } };
}
