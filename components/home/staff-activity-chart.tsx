"use client";

import { BarChart3 } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatNumber } from "@/lib/format";
import type { TStartPage } from "@/lib/schemas/home";

const dayLabel = (date: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** Changes made by all staff per day, as plain CSS bars (failed ones on top), with the busiest staff beside. */
export function StaffActivityChart({ activity }: { activity: NonNullable<TStartPage["staffActivity"]> }) {
  const most = Math.max(1, ...activity.days.map((day) => day.ok + day.failed));
  const total = activity.days.reduce((sum, day) => sum + day.ok + day.failed, 0);
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <BarChart3 className="size-4" aria-hidden />
          Staff activity
        </CardTitle>
        <CardDescription>
          {formatNumber(total)} changes by staff for this merchant over the last {activity.days.length} days.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 md:grid-cols-[1fr_14rem]">
        <div className="relative min-w-0">
          {total === 0 ? (
            <p className="absolute inset-x-0 top-14 text-center text-sm text-muted-foreground">
              No staff changed anything for this merchant in these days.
            </p>
          ) : null}
          <ol
            className="flex h-40 items-end gap-1 border-b pb-1 sm:gap-1.5"
            aria-label="Changes per day"
            data-testid="staff-activity-chart"
          >
            {activity.days.map((day) => {
              const count = day.ok + day.failed;
              return (
                <li key={day.date} className="flex h-full flex-1 flex-col items-center justify-end gap-1">
                  <span className="text-[10px] text-muted-foreground tabular-nums">{count || ""}</span>
                  <div
                    className="flex w-full flex-col justify-end overflow-hidden rounded-t-sm"
                    style={{ height: `${(count / most) * 100}%` }}
                    title={`${dayLabel(day.date)}: ${count} changes, ${day.failed} did not go through`}
                  >
                    <div className="bg-destructive/70" style={{ flexGrow: day.failed }} />
                    <div className="bg-primary" style={{ flexGrow: day.ok }} />
                  </div>
                  <span className="sr-only">
                    {dayLabel(day.date)}: {count} changes, {day.failed} did not go through
                  </span>
                </li>
              );
            })}
          </ol>
          <div className="flex justify-between pt-1 text-[10px] text-muted-foreground" aria-hidden>
            <span>{activity.days[0] ? dayLabel(activity.days[0].date) : ""}</span>
            <span>{activity.days.at(-1) ? dayLabel(activity.days.at(-1)!.date) : ""}</span>
          </div>
        </div>
        <div className="grid content-start gap-2 text-sm">
          <p className="font-medium">Most active</p>
          {activity.topStaff.length === 0 ? (
            <p className="text-muted-foreground">No changes in these days.</p>
          ) : (
            <ul className="grid gap-1" aria-label="Most active staff">
              {activity.topStaff.map((staff) => (
                <li key={staff.email} className="flex justify-between gap-2">
                  <span className="truncate">{staff.email}</span>
                  <span className="text-muted-foreground tabular-nums">{formatNumber(staff.count)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
