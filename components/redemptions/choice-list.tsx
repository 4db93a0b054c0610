"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { getErrorMessage } from "@/lib/errors";

/** At most this many choices are drawn; a filter narrows longer lists. */
const SHOWN = 50;
const FILTER_FROM = 8;

/** A filter box for long choice lists, and the choices it leaves (never more than SHOWN). */
function useOptionFilter<T>(items: readonly T[] | undefined, text: (item: T) => string) {
  const [query, setQuery] = useState("");
  const all = items ?? [];
  const needle = query.trim().toLowerCase();
  const matching = needle ? all.filter((item) => text(item).toLowerCase().includes(needle)) : all;
  const box =
    all.length > FILTER_FROM ? (
      <div className="grid gap-1">
        <Input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          // Enter narrows the list; it must not submit the redemption form around it.
          onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
          placeholder="Filter…"
          aria-label="Filter the list"
          autoComplete="off"
        />
        {matching.length > SHOWN ? (
          <p className="text-xs text-muted-foreground">
            Showing {SHOWN} of {matching.length}; type to narrow the list.
          </p>
        ) : null}
      </div>
    ) : null;
  return { shown: matching.slice(0, SHOWN), box, empty: all.length > 0 && matching.length === 0 };
}

/**
 * The choices a redemption form loads from Stamps (rewards, vouchers): loading, error with retry, empty,
 * or the list with a filter once it grows long.
 */
export function ChoiceList<T>({
  noun,
  items,
  pending,
  error,
  onRetry,
  emptyMessage,
  text,
  renderChoice,
}: {
  /** Singular and lower case: "reward". */
  noun: string;
  items: readonly T[] | undefined;
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  emptyMessage: React.ReactNode;
  /** What the filter box matches against. */
  text: (item: T) => string;
  renderChoice: (item: T) => React.ReactNode;
}) {
  const filter = useOptionFilter(items, text);
  if (pending) {
    return (
      <div className="grid gap-2" aria-label={`Loading ${noun}s`}>
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
      </div>
    );
  }
  if (error) {
    return (
      <div role="alert" className="grid justify-items-start gap-2 text-sm">
        <p className="text-destructive">{getErrorMessage(error)}</p>
        <Button type="button" variant="outline" size="sm" onClick={onRetry}>
          Try again
        </Button>
      </div>
    );
  }
  if (!items || items.length === 0) {
    return (
      <p className="rounded-md border border-dashed p-4 text-center text-sm text-muted-foreground">{emptyMessage}</p>
    );
  }
  return (
    <div className="grid gap-2">
      {filter.box}
      <div className="grid max-h-64 gap-2 overflow-y-auto p-0.5" data-testid={`${noun}-options`}>
        {filter.empty ? <p className="p-2 text-sm text-muted-foreground">No {noun} matches.</p> : null}
        {filter.shown.map(renderChoice)}
      </div>
    </div>
  );
}
