"use client";

import { useState } from "react";
import { Input } from "@/components/ui/input";

/** At most this many choices are drawn; a filter narrows longer lists. */
const SHOWN = 50;
const FILTER_FROM = 8;

/** A filter box for long choice lists, and the choices it leaves (never more than SHOWN). */
export function useOptionFilter<T>(items: readonly T[] | undefined, text: (item: T) => string) {
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
