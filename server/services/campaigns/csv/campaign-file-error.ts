import { AppError } from "@/server/errors";

/** A campaign file that cannot be read as it is; the message says what and where, for the person who made the file. */
export class CampaignFileError extends AppError {
  /** True when the file went over a size or row limit (the upload route answers 413). */
  readonly tooLarge: boolean;

  constructor(userMessage: string, options: { tooLarge?: boolean } = {}) {
    super("BAD_REQUEST", { userMessage });
    this.name = "CampaignFileError";
    this.tooLarge = options.tooLarge ?? false;
  }
}
