import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";
import { CampaignFileError } from "@/server/services/campaigns/csv/campaign-file-error";
import { CAMPAIGN_FILE_MAX_BYTES } from "@/server/services/campaigns/csv/read-csv-stream";
import { ingestCampaignFile } from "@/server/services/campaigns/ingest-file";
import { errorResponse, messageResponse } from "@/app/api/_lib/responses";
import { authorizeCampaignRequest, type TCampaignRouteContext } from "../_lib/campaign-request";

/**
 * POST the CSV file itself as the body (not a form), streamed: `Content-Type: text/csv`, the file's name in
 * `X-File-Name` (URI-encoded), `?mode=append` to add rows after the campaign ran (else the file replaces the draft's).
 * Answers the ingest result, or {message} with 400, 401, 403, 404, 409 or 413.
 */
export async function POST(request: Request, context: TCampaignRouteContext) {
  const access = await authorizeCampaignRequest(context);
  if (!access.ok) return access.response;
  const { staff, campaign } = access;
  const mode = new URL(request.url).searchParams.get("mode") === "append" ? "append" : "replace";
  const fileName = readFileName(request.headers.get("x-file-name"));
  const declaredBytes = Number(request.headers.get("content-length") ?? 0);
  const audit = (outcome: string, message: string | null, detail: Record<string, unknown> = {}) =>
    recordAuditEvent(db, {
      actor: { id: staff.id, email: staff.email },
      merchantId: campaign.merchantId,
      action: mode === "append" ? "campaigns.appendFile" : "campaigns.uploadFile",
      target: `campaign:${campaign.id}`,
      request: { campaignId: campaign.id, fileName, mode, ...detail },
      outcome,
      message,
    });

  if ((request.headers.get("content-type") ?? "").startsWith("multipart/")) {
    return messageResponse(400, "Send the CSV file itself as the upload, not a form.");
  }
  if (declaredBytes > CAMPAIGN_FILE_MAX_BYTES) {
    const message = `The file is larger than ${CAMPAIGN_FILE_MAX_BYTES / 1024 / 1024} MB. Split it into smaller files.`;
    await audit("TOO_LARGE", message, { bytes: declaredBytes });
    return messageResponse(413, message);
  }
  if (!request.body) return messageResponse(400, "The upload was empty: choose a CSV file.");

  try {
    const result = await ingestCampaignFile({ db, campaignId: campaign.id, body: request.body, fileName, mode });
    await audit("OK", null, { bytes: result.bytes, rows: result.rows, toIssue: result.toIssue, sha256: result.sha256 });
    return Response.json(result);
  } catch (error) {
    if (error instanceof CampaignFileError) {
      await audit(error.tooLarge ? "TOO_LARGE" : "BAD_FILE", error.userMessage);
      return messageResponse(error.tooLarge ? 413 : 400, error.userMessage);
    }
    if (error instanceof AppError) await audit(error.code, error.userMessage);
    return errorResponse(error);
  }
}

function readFileName(header: string | null) {
  if (!header) return "upload.csv";
  try {
    return decodeURIComponent(header).slice(0, 200) || "upload.csv";
  } catch {
    return header.slice(0, 200);
  }
}
