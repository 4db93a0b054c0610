/** Something went wrong talking to the Stamps API. Never carries the token. */
export class StampsError extends Error {
  constructor(
    message: string,
    readonly endpoint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Stamps answered with an error status and (usually) its documented body. */
export class StampsApiError extends StampsError {
  constructor(
    endpoint: string,
    readonly status: number,
    readonly detail: string,
    readonly errorCode: string | undefined,
    readonly fieldErrors: Record<string, string>,
  ) {
    super(`Stamps ${endpoint} answered ${status}: ${detail}`, endpoint);
  }
}

export class StampsTimeoutError extends StampsError {
  constructor(
    endpoint: string,
    readonly timeoutMs: number,
  ) {
    super(`Stamps ${endpoint} did not answer within ${timeoutMs} ms`, endpoint);
  }
}

/** The connection failed: DNS, refused, reset. */
export class StampsNetworkError extends StampsError {}

/** The merchant's API host did not resolve, or resolved to an address inside our own network; nothing was sent. */
export class StampsAddressError extends StampsError {
  constructor(
    endpoint: string,
    readonly reason: "not-resolved" | "internal",
  ) {
    super(
      `Stamps ${endpoint} was not called: the API host ${reason === "internal" ? "is an internal address" : "did not resolve"}`,
      endpoint,
    );
  }
}

/** Stamps answered 2xx with a body we cannot read; the API changed or a proxy interfered. */
export class StampsResponseError extends StampsError {}
