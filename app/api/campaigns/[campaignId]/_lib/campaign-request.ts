import "server-only";
import { errorResponse, messageResponse } from "@/app/api/_lib/responses";
import { csvDownloadResponse } from "@/lib/csv";
import { canAccess } from "@/lib/permissions";
import { getCurrentStaff, type CurrentStaff } from "@/server/auth/current-staff";
import { db } from "@/server/db";
import { streamCampaignCsv, type TCampaignExport } from "@/server/services/campaigns/export-csv";

export type TCampaignRouteContext = { params: Promise<{ campaignId: string }> };

/**
 * The signed-in staff member and the campaign, when their role works with campaigns (ADMIN, MARKETING) and they
 * work for its merchant; else the answer to send: 401, 403 or 404 with a sentence.
 */
export async function authorizeCampaignRequest(
  context: TCampaignRouteContext,
): Promise<
  { ok: true; staff: CurrentStaff; campaign: { id: number; merchantId: string } } | { ok: false; response: Response }
> {
  const staff = await getCurrentStaff();
  if (!staff)
    return { ok: false, response: messageResponse(401, "Your session has ended. Sign in again to continue.") };
  if (!canAccess(staff.role, "campaigns")) {
    return {
      ok: false,
      response: messageResponse(403, "Campaigns are for marketing staff and admins; your role cannot open them."),
    };
  }
  const { campaignId } = await context.params;
  const id = /^\d{1,9}$/.test(campaignId) ? Number(campaignId) : null;
  const campaign =
    id === null ? null : await db.campaign.findUnique({ where: { id }, select: { id: true, merchantId: true } });
  if (!campaign)
    return { ok: false, response: messageResponse(404, "This campaign does not exist. It may have been deleted.") };
  if (!staff.merchants.some((merchant) => merchant.id === campaign.merchantId)) {
    return { ok: false, response: messageResponse(403, "This campaign belongs to a merchant you do not work for.") };
  }
  return { ok: true, staff, campaign };
}

/** The GET handler of a campaign's CSV download (streamed, never whole in memory), for the staff who may see it. */
export function campaignCsvDownload(kind: TCampaignExport) {
  return async function GET(_request: Request, context: TCampaignRouteContext) {
    const access = await authorizeCampaignRequest(context);
    if (!access.ok) return access.response;
    try {
      const { stream, fileName } = await streamCampaignCsv({ db, campaignId: access.campaign.id, kind });
      return csvDownloadResponse(stream, fileName);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
