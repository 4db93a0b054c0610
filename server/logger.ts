const SECRET_KEY = /token|authorization|password|secret|cookie|ciphertext/i;
// "pin" only as a word of the key (pin, PIN, pin_code, pinSecret), not inside "shipping" or "spinner".
const PIN_KEY = /(^|_)(pin|Pin|PIN)($|_|[A-Z])/;
const isSecretKey = (key: string) => SECRET_KEY.test(key) || PIN_KEY.test(key);

/** Replaces the values of secret-looking keys, at any depth, before anything is logged or stored. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object" || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, isSecretKey(key) ? "[redacted]" : redact(item, depth + 1)]),
  );
}

type Level = "info" | "warn" | "error";

function write(level: Level, message: string, fields?: Record<string, unknown>) {
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...(redact(fields) as object) });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
}

export const logger = {
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
