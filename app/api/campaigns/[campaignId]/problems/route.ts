import { db } from "@/server/db";
import { streamCampaignCsv } from "@/server/services/campaigns/export-csv";
import { authorizeCampaignRequest, errorResponse, type TCampaignRouteContext } from "../_lib/campaign-request";

/** GET: the campaign's skipped rows as they were in the file, with a Problem column, as a CSV download (streamed). */
export async function GET(_request: Request, context: TCampaignRouteContext) {
  const access = await authorizeCampaignRequest(context);
  if (!access.ok) return access.response;
  try {
    const { stream, fileName } = await streamCampaignCsv({ db, campaignId: access.campaign.id, kind: "problems" });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
