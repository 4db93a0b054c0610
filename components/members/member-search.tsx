"use client";

import { keepPreviousData } from "@tanstack/react-query";
import { Loader2, Search } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { useMerchant } from "@/components/console/merchant-context";
import { getErrorCode, getErrorMessage } from "@/lib/errors";
import { formatNumber } from "@/lib/format";
import { useDebouncedValue } from "@/lib/hooks/use-debounced-value";
import { ZGetMemberInput, ZSuggestMembersInput } from "@/lib/schemas/members";
import { api } from "@/lib/trpc/react";
import { cn } from "@/lib/utils";

type Props = {
  /** Called with the Stamps member ID of the chosen member. */
  onSelect: (memberId: number) => void;
  autoFocus?: boolean;
  inputLabel?: string;
  /** In a dialog: the list takes its place below the input (scrolling past a few), instead of floating over what follows. */
  inlineList?: boolean;
  /** Pages and actions offered after the members when their label matches what was typed (the Ctrl+K palette). */
  commands?: PaletteCommand[];
};

export type PaletteCommand = { id: string; label: string; kind: "Page" | "Action"; run: () => void };

/**
 * Type to get Stamps' suggestions (arrows to move, Enter to open); Enter with nothing highlighted
 * looks the text up exactly, as an email, phone, card number or member ID.
 */
export function MemberSearch({
  onSelect,
  autoFocus,
  inputLabel = "Find a member",
  inlineList = false,
  commands = [],
}: Props) {
  const merchant = useMerchant();
  const utils = api.useUtils();
  const listId = useId();
  const inputId = useId();
  const [text, setText] = useState("");
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [lookup, setLookup] = useState<{ pending: boolean; error: string | null; notFound: boolean }>({
    pending: false,
    error: null,
    notFound: false,
  });

  const query = useDebouncedValue(text.trim(), 250);
  const suggestable = ZSuggestMembersInput.safeParse({ query }).success;
  const suggestions = api.members.suggest.useQuery(
    { merchantId: merchant.id, query },
    { enabled: suggestable, placeholderData: keepPreviousData, staleTime: 10_000 },
  );
  const items = suggestable && open ? (suggestions.data ?? []) : [];
  const typed = text.trim().toLowerCase();
  const commandItems =
    open && typed ? commands.filter((command) => command.label.toLowerCase().includes(typed)).slice(0, 6) : [];
  const total = items.length + commandItems.length;

  async function lookUpExactly() {
    const parsed = ZGetMemberInput.safeParse({ user: text });
    if (!parsed.success) {
      setLookup({ pending: false, error: parsed.error.issues[0]?.message ?? "Check what you typed", notFound: false });
      return;
    }
    setLookup({ pending: true, error: null, notFound: false });
    try {
      const member = await utils.members.get.fetch({ merchantId: merchant.id, user: parsed.data.user });
      setLookup({ pending: false, error: null, notFound: false });
      onSelect(member.id);
    } catch (error) {
      setLookup({ pending: false, error: getErrorMessage(error), notFound: getErrorCode(error) === "NOT_FOUND" });
    }
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && total) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % total);
    } else if (event.key === "ArrowUp" && total) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? total - 1 : index - 1));
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const chosen = items[active];
      const command = commandItems[active - items.length];
      if (chosen) onSelect(chosen.id);
      else if (command) command.run();
      else if (!lookup.pending) void lookUpExactly();
    }
  }

  const activeCommand = commandItems[active - items.length];
  const activeId =
    active >= 0 && items[active]
      ? `${listId}-${items[active].id}`
      : activeCommand
        ? `${listId}-command-${activeCommand.id}`
        : undefined;

  // Arrow keys move through a list that may scroll: keep the chosen one in sight.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  return (
    <div className="relative grid gap-2">
      <label htmlFor={inputId} className="text-sm font-medium">
        {inputLabel}
      </label>
      <div className="relative">
        <Search
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden
        />
        <Input
          id={inputId}
          role="combobox"
          aria-expanded={total > 0}
          aria-controls={listId}
          aria-activedescendant={activeId}
          aria-autocomplete="list"
          aria-invalid={lookup.error && !lookup.notFound ? true : undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          className="pl-9"
          placeholder="Name, email, phone, card number or member ID"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            setLookup({ pending: false, error: null, notFound: false });
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        {suggestions.isFetching || lookup.pending ? (
          <Loader2
            className="absolute top-1/2 right-3 size-4 -translate-y-1/2 animate-spin text-muted-foreground"
            aria-label="Searching"
          />
        ) : null}
      </div>

      <ul
        id={listId}
        role="listbox"
        aria-label="Suggested members"
        className={cn(
          "w-full overflow-y-auto rounded-md border bg-popover",
          inlineList ? "max-h-72" : "absolute top-full z-20 mt-1 max-h-96 shadow-md",
          total === 0 && "hidden",
        )}
      >
        {items.map((member, index) => (
          <li
            key={member.id}
            id={`${listId}-${member.id}`}
            role="option"
            aria-selected={index === active}
            className={cn("flex cursor-pointer items-center gap-3 px-3 py-2 text-sm", index === active && "bg-accent")}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              onSelect(member.id);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{member.name}</span>
              <span className="block truncate text-xs text-muted-foreground">
                {[member.email, member.phone, ...member.memberIds].filter(Boolean).join(" · ")}
              </span>
            </span>
            {member.level ? <Badge variant="secondary">{member.level}</Badge> : null}
            <span className="text-xs text-muted-foreground tabular-nums">{formatNumber(member.stamps)} stamps</span>
          </li>
        ))}
        {commandItems.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-command-${command.id}`}
            role="option"
            aria-selected={items.length + index === active}
            className={cn(
              "flex cursor-pointer items-center justify-between gap-3 px-3 py-2 text-sm",
              items.length + index === active && "bg-accent",
            )}
            onMouseDown={(event) => {
              event.preventDefault();
              command.run();
            }}
            onMouseEnter={() => setActive(items.length + index)}
          >
            <span className="font-medium">{command.label}</span>
            <span className="text-xs text-muted-foreground">{command.kind}</span>
          </li>
        ))}
      </ul>

      <p className="text-xs text-muted-foreground" aria-live="polite">
        {suggestable && open && suggestions.data?.length === 0 && !suggestions.isFetching
          ? "No suggestions. Press Enter to look up the exact email, phone, card number or member ID."
          : "↑↓ to choose, Enter to open. Enter with nothing chosen looks up the exact text."}
      </p>
      {lookup.error ? (
        <div
          data-testid="member-error"
          role="status"
          className={cn(
            "rounded-md border px-3 py-2 text-sm",
            lookup.notFound ? "bg-muted/50" : "border-destructive/40 bg-destructive/5 text-destructive",
          )}
        >
          <p className="font-medium">{lookup.notFound ? "No member found" : "Could not look up the member"}</p>
          <p className={lookup.notFound ? "text-muted-foreground" : undefined}>{lookup.error}</p>
        </div>
      ) : null}
      {suggestions.error ? (
        <p className="text-xs text-destructive">Suggestions are unavailable: {getErrorMessage(suggestions.error)}</p>
      ) : null}
    </div>
  );
}
