// Expected failures: the action wrapper turns these into `{ ok: false, code, message }` for the
// form to show. Anything else is a bug and goes to error.tsx.
export type ErrorCode = "VALIDATION" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "CLOSED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class NotFoundError extends AppError {
  constructor(what = "That item") {
    super("NOT_FOUND", `${what} was not found.`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do that.") {
    super("FORBIDDEN", message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Please sign in first.") {
    super("UNAUTHENTICATED", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("CONFLICT", message);
  }
}

/** The thing exists but is not open to this request: a finished attempt, a closed assignment. */
export class ClosedError extends AppError {
  constructor(message: string) {
    super("CLOSED", message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super("VALIDATION", message, fieldErrors);
  }
}
