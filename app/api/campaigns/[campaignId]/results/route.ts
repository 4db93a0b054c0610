import { campaignCsvDownload } from "../_lib/campaign-request";

/** GET: the campaign's rows with their outcome, voucher ID and what went wrong, as a CSV download (streamed). */
export const GET = campaignCsvDownload("results");
