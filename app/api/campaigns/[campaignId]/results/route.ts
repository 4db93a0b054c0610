import { db } from "@/server/db";
import { streamCampaignCsv } from "@/server/services/campaigns/export-csv";
import { authorizeCampaignRequest, errorResponse, type TCampaignRouteContext } from "../_lib/campaign-request";

/** GET: the campaign's rows with their outcome, voucher ID and what went wrong, as a CSV download (streamed). */
export async function GET(_request: Request, context: TCampaignRouteContext) {
  const access = await authorizeCampaignRequest(context);
  if (!access.ok) return access.response;
  try {
    const { stream, fileName } = await streamCampaignCsv({ db, campaignId: access.campaign.id, kind: "results" });
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
