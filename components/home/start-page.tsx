"use client";

import { History, Megaphone, Search, UserRound, Users } from "lucide-react";
import Link from "next/link";
import { ActiveMerchant } from "@/components/console/active-merchant";
import { useMerchant } from "@/components/console/merchant-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { Skeleton } from "@/components/ui/skeleton";
import { parseTarget } from "@/components/audit/audit-target";
import { auditActionLabel } from "@/lib/audit-labels";
import { getErrorMessage } from "@/lib/errors";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { TStartPage } from "@/lib/schemas/home";
import { api } from "@/lib/trpc/react";
import { StaffActivityChart } from "./staff-activity-chart";

const CAMPAIGN_STATUS: Record<string, string> = {
  DRAFT: "Draft",
  AWAITING_APPROVAL: "Awaiting approval",
  READY: "Ready to run",
  RUNNING: "Running",
  PAUSED: "Paused",
};

/** One card of the start page: an icon and title, a line on what it lists, then the list or why it is empty. */
function StartCard({
  icon: Icon,
  title,
  description,
  children,
}: {
  icon: React.ComponentType<{ className?: string; "aria-hidden"?: boolean }>;
  title: string;
  description: string;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Icon className="size-4" aria-hidden />
          {title}
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="text-sm text-muted-foreground">{children}</p>;
}

function RecentMembers({ members }: { members: TStartPage["recentMembers"] }) {
  const merchant = useMerchant();
  return (
    <StartCard icon={Users} title="Members you opened" description="The last members whose page you opened here.">
      {members.length === 0 ? (
        <Empty>None yet. Find a member to start; they will be listed here.</Empty>
      ) : (
        <ul className="grid gap-1" aria-label="Members you opened">
          {members.map((member) => (
            <li key={member.memberId}>
              <Link
                href={`/members/${member.memberId}`}
                className="flex items-center justify-between gap-3 rounded-md px-2 py-1.5 text-sm hover:bg-muted"
              >
                <span className="flex min-w-0 items-center gap-2">
                  <UserRound className="size-4 shrink-0 text-muted-foreground" aria-hidden />
                  <span className="truncate font-medium">{member.memberName}</span>
                </span>
                <span className="shrink-0 text-xs text-muted-foreground tabular-nums">
                  {formatDateTime(member.visitedAt, merchant.timeZone)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </StartCard>
  );
}

function RecentActions({ actions }: { actions: TStartPage["recentActions"] }) {
  const merchant = useMerchant();
  return (
    <StartCard
      icon={History}
      title="Your recent changes"
      description="What you changed for this merchant, newest first."
    >
      {actions.length === 0 ? (
        <Empty>Nothing yet. Changes you make in Stamps from here are listed with their outcome.</Empty>
      ) : (
        <ul className="grid gap-2" aria-label="Your recent changes">
          {actions.map((action) => {
            const link = parseTarget(action.target);
            return (
              <li key={action.id} className="grid gap-0.5 text-sm">
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{auditActionLabel(action.action)}</span>
                  {link?.href ? (
                    <Link href={link.href} className="text-primary underline-offset-4 hover:underline">
                      {link.label}
                    </Link>
                  ) : null}
                  {action.outcome === "OK" ? null : <Badge variant="destructive">Did not go through</Badge>}
                </span>
                <span className="text-xs text-muted-foreground">
                  {formatDateTime(action.createdAt, merchant.timeZone)}
                  {action.reason ? ` · ${action.reason}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </StartCard>
  );
}

function OpenCampaigns({ campaigns }: { campaigns: NonNullable<TStartPage["campaigns"]> }) {
  return (
    <StartCard icon={Megaphone} title="Campaigns in progress" description="Not finished or cancelled yet.">
      {campaigns.length === 0 ? (
        <Empty>No campaign in progress.</Empty>
      ) : (
        <ul className="grid gap-3" aria-label="Campaigns in progress">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="grid gap-1 text-sm">
              <span className="flex flex-wrap items-center justify-between gap-2">
                <Link
                  href={`/campaigns/${campaign.id}`}
                  className="font-medium text-primary underline-offset-4 hover:underline"
                >
                  {campaign.name}
                </Link>
                <Badge variant="outline">{CAMPAIGN_STATUS[campaign.status] ?? campaign.status}</Badge>
              </span>
              <span className="text-xs text-muted-foreground">
                {campaign.templateName} · {formatNumber(campaign.issued)} of {formatNumber(campaign.rowCount)} vouchers
                issued
              </span>
              {campaign.rowCount > 0 ? (
                <Progress value={(campaign.issued / campaign.rowCount) * 100} aria-label={`${campaign.name}: issued`} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </StartCard>
  );
}

/** The landing page: where this person left off, from the back office's own records. */
export function StartPage({ staffName }: { staffName: string }) {
  const merchant = useMerchant();
  const query = api.home.getStartPage.useQuery({ merchantId: merchant.id });
  const data = query.data;
  return (
    <div className="grid max-w-6xl gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">Welcome back, {staffName}</h1>
          <ActiveMerchant prefix="Working for" />
        </div>
        <Button asChild>
          <Link href="/members">
            <Search className="size-4" aria-hidden />
            Find a member
          </Link>
        </Button>
      </div>
      {query.isPending ? <Skeleton className="h-64" aria-label="Loading your start page" /> : null}
      {query.error ? (
        <p role="alert" className="rounded-lg border bg-muted/50 p-4 text-sm">
          {getErrorMessage(query.error)}
        </p>
      ) : null}
      {data ? (
        <>
          {data.staffActivity ? <StaffActivityChart activity={data.staffActivity} /> : null}
          <div className="grid gap-6 lg:grid-cols-2">
            <RecentMembers members={data.recentMembers} />
            <RecentActions actions={data.recentActions} />
            {data.campaigns ? <OpenCampaigns campaigns={data.campaigns} /> : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
