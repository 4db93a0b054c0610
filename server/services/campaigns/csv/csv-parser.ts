import { CampaignFileError } from "./campaign-file-error";

export type TCsvRecord = {
  cells: string[];
  /** Line of the file where the record starts (1-based; a quoted newline makes a record span lines). */
  line: number;
};

export type TCsvDelimiter = "," | ";" | "\t";

const QUOTE = 34;
const LF = 10;
const CR = 13;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote inside a quoted field: either the first of "" or the closing quote. */
const QUOTED_QUOTE = 3;

/** Reads the delimiter from the header line: whichever of ; , or tab it holds most, outside quotes (comma on a tie). */
export function detectDelimiter(headerLine: string): TCsvDelimiter {
  let inQuotes = false;
  const counts = { ",": 0, ";": 0, "\t": 0 };
  for (const char of headerLine) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === "," || char === ";" || char === "\t")) counts[char]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

/**
 * A CSV state machine fed text in chunks of any size (a chunk may end mid-field, mid-quote or between CR and LF).
 * Quoted fields may hold delimiters, doubled quotes and newlines; lines with no content (blank, or only delimiters,
 * as spreadsheets leave them) are skipped; each record keeps the line it starts on.
 */
export class CsvParser {
  delimiter: TCsvDelimiter | null;
  private head = "";
  private state = FIELD_START;
  private field = "";
  private cells: string[] = [];
  private line = 1;
  private recordLine = 1;
  private afterCR = false;
  private lastWasCR = false;

  constructor(options: { delimiter?: TCsvDelimiter } = {}) {
    this.delimiter = options.delimiter ?? null;
  }

  /** Parses a chunk, appending complete records to `out`. */
  push(text: string, out: TCsvRecord[]) {
    if (this.delimiter === null) {
      this.head += text;
      const end = headerLineEnd(this.head);
      if (end === -1 && this.head.length < 1_000_000) return;
      this.delimiter = detectDelimiter(this.head.slice(0, end === -1 ? undefined : end));
      text = this.head;
      this.head = "";
    }
    this.parse(text, out);
  }

  /** Ends the input: the last record (with no newline after it) is appended to `out`. */
  end(out: TCsvRecord[]) {
    if (this.delimiter === null) {
      this.delimiter = detectDelimiter(this.head);
      const text = this.head;
      this.head = "";
      this.parse(text, out);
    }
    if (this.state === QUOTED) {
      throw new CampaignFileError(
        `Line ${this.recordLine}: a quoted field starts here and its closing quote (") is missing, so the rest of the file would be one cell. Check the quotes on that line.`,
      );
    }
    if (this.state !== FIELD_START || this.cells.length > 0) {
      this.cells.push(this.field);
      this.emit(out);
    }
  }

  /** The line the parser has reached (for messages about where the input stopped). */
  get currentLine() {
    return this.line;
  }

  private parse(text: string, out: TCsvRecord[]) {
    const delimiter = this.delimiter!.charCodeAt(0);
    const length = text.length;
    const prevCR = this.lastWasCR;
    let state = this.state;
    let field = this.field;
    // Start of the run of plain characters not yet added to `field` (-1: none).
    let run = state === UNQUOTED || state === QUOTED ? 0 : -1;
    let i = 0;
    if (this.afterCR && length > 0) {
      this.afterCR = false;
      if (text.charCodeAt(0) === LF) i = 1;
      if (run === 0) run = i;
    }
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      if (state === QUOTED) {
        if (c === QUOTE) {
          field += text.slice(run, i);
          run = -1;
          state = QUOTED_QUOTE;
        } else if (c === LF) {
          if (!(i === 0 ? prevCR : text.charCodeAt(i - 1) === CR)) this.line++;
        } else if (c === CR) {
          this.line++;
        }
        continue;
      }
      if (state === QUOTED_QUOTE) {
        if (c === QUOTE) {
          field += '"';
          state = QUOTED;
          run = i + 1;
          continue;
        }
        if (c !== delimiter && c !== LF && c !== CR) {
          // Text after a closing quote (`"a"b`): kept as written rather than refused.
          state = UNQUOTED;
          run = i;
          continue;
        }
      }
      if (c === delimiter) {
        if (run !== -1) field += text.slice(run, i);
        if (state === FIELD_START && this.cells.length === 0) this.recordLine = this.line;
        this.cells.push(field);
        field = "";
        run = -1;
        state = FIELD_START;
      } else if (c === LF || c === CR) {
        if (run !== -1) field += text.slice(run, i);
        run = -1;
        if (state !== FIELD_START || this.cells.length > 0) {
          this.cells.push(field);
          this.emit(out);
        }
        field = "";
        state = FIELD_START;
        this.line++;
        if (c === CR) {
          if (i + 1 < length) {
            if (text.charCodeAt(i + 1) === LF) i++;
          } else {
            this.afterCR = true;
          }
        }
      } else if (state === FIELD_START) {
        if (this.cells.length === 0) this.recordLine = this.line;
        if (c === QUOTE) {
          state = QUOTED;
          run = i + 1;
        } else {
          state = UNQUOTED;
          run = i;
        }
      }
    }
    if (run !== -1) field += text.slice(run);
    if (length > 0) this.lastWasCR = text.charCodeAt(length - 1) === CR;
    this.state = state;
    this.field = field;
  }

  private emit(out: TCsvRecord[]) {
    const cells = this.cells;
    this.cells = [];
    if (cells.every((cell) => cell.trim() === "")) return;
    out.push({ cells, line: this.recordLine });
  }
}

/** Index of the first line end outside quotes, or -1 when the text holds none yet. */
function headerLineEnd(text: string) {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === LF || c === CR)) return i;
  }
  return -1;
}
