// Domain errors are data until the edge: domain code throws these, and route handlers,
// server actions and pages map them once (HTTP status, form state, not-found page).
// Messages are translation keys (namespace "Errors"), never text, so every user
// sees them in their language.

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: "not_found" | "forbidden" | "unauthenticated" | "conflict" | "invalid" | "rate_limited",
    readonly messageKey: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(entity: string) {
    super("not_found", "notFound", { entity });
  }
}

export class Unauthenticated extends DomainError {
  constructor() {
    super("unauthenticated", "unauthenticated");
  }
}

export class Forbidden extends DomainError {
  constructor(readonly permission: string) {
    super("forbidden", "forbidden", { permission });
  }
}

/** Optimistic concurrency: the record changed since the actor read it. */
export class Conflict extends DomainError {
  constructor(details: { currentVersion: number; updatedBy: string | null; updatedAt: Date | null }) {
    super("conflict", "conflict", details);
  }
}

/** Validation failed: every field's messages at once (translation keys). */
export class Invalid extends DomainError {
  constructor(readonly fieldErrors: FieldErrors) {
    super("invalid", "invalid", { fieldErrors });
  }
}

export class RateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("rate_limited", "rateLimited", { retryAfterSeconds });
  }
}

export const HTTP_STATUS: Record<DomainError["code"], number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  conflict: 409,
  invalid: 400,
  rate_limited: 429,
};
