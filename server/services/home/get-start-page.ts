import type { TStartPage } from "@/lib/schemas/home";
import { businessDate } from "@/lib/merchant-time";
import type { TRole } from "@/lib/permissions";
import type { PrismaClient } from "@/server/generated/prisma/client";

const ACTIVITY_DAYS = 14;
const DAY_MS = 86_400_000;
const OPEN_CAMPAIGNS = ["DRAFT", "AWAITING_APPROVAL", "READY", "RUNNING", "PAUSED"] as const;

/** The last `count` calendar days in the merchant's time zone, oldest first. */
function lastDays(count: number, timeZone: string, now = Date.now()) {
  const days: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const day = businessDate(new Date(now - back * DAY_MS), timeZone);
    if (day && !days.includes(day)) days.push(day);
  }
  return days;
}

async function staffActivity(db: PrismaClient, merchantId: string, timeZone: string) {
  const days = lastDays(ACTIVITY_DAYS, timeZone);
  // A day before the first, so the first merchant day is whole whatever the offset.
  const since = new Date(Date.now() - (ACTIVITY_DAYS + 1) * DAY_MS);
  const events = await db.auditEvent.findMany({
    where: { merchantId, createdAt: { gte: since }, NOT: [{ action: { startsWith: "auth." } }, { action: OPENED }] },
    select: { createdAt: true, outcome: true, staffEmail: true },
  });
  const perDay = new Map(days.map((day) => [day, { date: day, ok: 0, failed: 0 }]));
  const perStaff = new Map<string, number>();
  for (const event of events) {
    const bucket = perDay.get(businessDate(event.createdAt, timeZone) ?? "");
    if (!bucket) continue;
    if (event.outcome === "OK") bucket.ok++;
    else bucket.failed++;
    perStaff.set(event.staffEmail, (perStaff.get(event.staffEmail) ?? 0) + 1);
  }
  const topStaff = [...perStaff]
    .map(([email, count]) => ({ email, count }))
    .sort((a, b) => b.count - a.count || a.email.localeCompare(b.email))
    .slice(0, 5);
  return { days: [...perDay.values()], topStaff };
}

async function openCampaigns(db: PrismaClient, merchantId: string) {
  const campaigns = await db.campaign.findMany({
    where: { merchantId, status: { in: [...OPEN_CAMPAIGNS] } },
    orderBy: { createdAt: "desc" },
    take: 6,
    select: { id: true, name: true, templateName: true, status: true, rowCount: true },
  });
  const issued = await db.campaignRow.groupBy({
    by: ["campaignId"],
    where: { campaignId: { in: campaigns.map((campaign) => campaign.id) }, state: "ISSUED" },
    _count: { _all: true },
  });
  const issuedBy = new Map(issued.map((row) => [row.campaignId, row._count._all]));
  return campaigns.map((campaign) => ({ ...campaign, issued: issuedBy.get(campaign.id) ?? 0 }));
}

/** Opening a member's page is audited, but it is not a change. */
const OPENED = "members.open";

/** A staff member's start page, all from the back office's own records (nothing is asked of Stamps). */
export async function getStartPage(
  db: PrismaClient,
  staff: { id: string; role: TRole },
  merchant: { id: string; timeZone: string },
): Promise<TStartPage> {
  const [recentMembers, recentActions, campaigns, activity] = await Promise.all([
    db.memberVisit.findMany({
      where: { staffId: staff.id, merchantId: merchant.id },
      orderBy: { visitedAt: "desc" },
      take: 8,
      select: { memberId: true, memberName: true, visitedAt: true },
    }),
    db.auditEvent.findMany({
      where: { staffId: staff.id, merchantId: merchant.id, NOT: { action: OPENED } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 8,
      select: { id: true, createdAt: true, action: true, target: true, outcome: true, reason: true },
    }),
    staff.role === "SUPPORT" ? null : openCampaigns(db, merchant.id),
    staff.role === "ADMIN" ? staffActivity(db, merchant.id, merchant.timeZone) : null,
  ]);
  return { recentMembers, recentActions, campaigns, staffActivity: activity };
}
