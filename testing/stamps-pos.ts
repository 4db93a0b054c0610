/**
 * Talks to a Stamps API (the emulator in tests) as a point of sale would, to build a test's own data
 * and to check what a click changed. Shared by vitest and Playwright: it imports neither.
 */
export type Pos = {
  /** POSTs a JSON body; throws, saying what and where, unless Stamps answers 2xx. */
  post<T>(path: string, body: unknown): Promise<T>;
  /** GETs with query parameters; throws unless Stamps answers 2xx. */
  get<T>(path: string, params?: Record<string, string | number>): Promise<T>;
  /** Any answer, error answers included, for tests that expect Stamps to refuse. */
  request<T>(
    method: "GET" | "POST",
    path: string,
    options?: { params?: Record<string, string | number>; body?: unknown },
  ): Promise<{ status: number; body: T }>;
};

export function stampsPos({ baseUrl, token }: { baseUrl: string; token: string }): Pos {
  const request: Pos["request"] = async (method, path, { params = {}, body } = {}) => {
    const url = new URL(path, baseUrl);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
    const send = () =>
      fetch(url, {
        method,
        headers: { Authorization: `Token ${token}`, "Content-Type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    // A kept-alive connection the server closed at the moment it was reused fails before any answer;
    // sending once more on a fresh one is safe for test data (a duplicate would be refused loudly).
    const response = await send().catch((error: unknown) => {
      if ((error as { cause?: { code?: string } }).cause?.code !== "UND_ERR_SOCKET") throw error;
      return send();
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(
        `${method} ${path} answered ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`,
      );
    }
    return { status: response.status, body: parsed as never };
  };
  const ok = async <T>(method: "GET" | "POST", path: string, options: Parameters<Pos["request"]>[2]) => {
    const { status, body } = await request<T>(method, path, options);
    if (status < 200 || status > 299) throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
    return body;
  };
  return {
    request,
    post: (path, body) => ok("POST", path, { body }),
    get: (path, params) => ok("GET", path, { params }),
  };
}
