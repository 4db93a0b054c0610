import { campaignCsvDownload } from "../_lib/campaign-request";

/** GET: the campaign's skipped rows as they were in the file, with a Problem column, as a CSV download (streamed). */
export const GET = campaignCsvDownload("problems");
