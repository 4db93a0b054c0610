/**
 * Removes commas that stand right before a closing bracket or brace, outside strings.
 * The Stamps documents print several request bodies with such trailing commas, and the emulator
 * accepts every documented form; any other defect is still a JSON parse error.
 */
export function stripTrailingCommas(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      out += char;
      if (char === "\\") out += text[++i] ?? "";
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (char === ",") {
      let next = i + 1;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (text[next] === "}" || text[next] === "]") continue;
    }
    out += char;
  }
  return out;
}

/** JSON.parse, forgiving only trailing commas. Throws JSON.parse's error for anything else. */
export function parseJsonLeniently(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const stripped = stripTrailingCommas(text);
    if (stripped === text) throw error;
    try {
      return JSON.parse(stripped) as unknown;
    } catch {
      throw error;
    }
  }
}
